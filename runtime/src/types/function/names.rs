//! The names of built-in methods: a bound one's `__qualname__`
//! (`list.append`) and a method descriptor's `__name__`, `__qualname__` and
//! `__objclass__`, as CPython derives them from the owning type.

use super::MethodDescriptorObject;
use crate::object::{Word, cast, type_of};
use crate::thread::Thread;
use crate::types::str as str_;

/// Whether a built-in function bound to `bound` is a method (not a plain
/// or native-module function).
pub(super) fn is_method(bound: Word) -> bool {
    bound != 0 && !crate::object::is_instance(bound, &crate::types::module::MODULE_TYPE)
}

/// A bound built-in method's `__qualname__`, as CPython makes it: the
/// `__qualname__` of its `self` (a type) or of `self`'s type, a dot, the name
/// (`list.append`, `dict.fromkeys`, `L.append` for a subclass instance).
///
/// # Safety
/// `bound` must be a valid word.
#[cold]
pub(super) unsafe fn method_qualname(ts: *mut Thread, bound: Word, name: &str) -> Word {
    let owner = match crate::object::is_instance(bound, &crate::types::type_::TYPE_TYPE) {
        true => bound,
        false => type_of(bound).as_word(),
    };
    unsafe { dotted(ts, owner, name) }
}

/// `owner.__qualname__ + "." + name`.
unsafe fn dotted(ts: *mut Thread, owner: Word, name: &str) -> Word {
    let key = str_::new(ts, "__qualname__");
    if key == 0 {
        return 0;
    }
    let qualname = unsafe { crate::entry::ty_getattr(ts, owner, key) };
    if qualname == 0 {
        return 0;
    }
    if !str_::is_str(qualname) {
        let message = "<method>.__class__.__qualname__ is not a unicode object";
        return crate::error::type_error(ts, message);
    }
    let mut text = unsafe { str_::bytes(qualname) }.to_vec();
    text.push(b'.');
    text.extend_from_slice(name.as_bytes());
    str_::from_bytes(ts, &text)
}

/// The attributes of a method descriptor (`list.append`); 0 without an
/// exception for the generic look-up's `AttributeError`.
///
/// # Safety
/// `callee` must be a method descriptor and `name` a str.
pub(super) unsafe fn descriptor_getattr(ts: *mut Thread, callee: Word, name: Word) -> Word {
    let obj = unsafe { cast::<MethodDescriptorObject>(callee) };
    match unsafe { str_::bytes(name) } {
        b"__name__" => str_::new(ts, obj.name),
        b"__qualname__" => unsafe { dotted(ts, obj.owner.as_word(), obj.name) },
        b"__objclass__" => obj.owner.as_word(),
        _ => 0,
    }
}
