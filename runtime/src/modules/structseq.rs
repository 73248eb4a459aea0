//! Struct sequences (`sys.version_info`, `sys.float_info`): tuples whose
//! items are also attributes, printed as
//! `sys.version_info(major=3, minor=11, ...)`.
//!
//! An instance is an ordinary tuple object whose header names the struct
//! sequence's type; the type reuses the tuple's slots (indexing, comparison
//! with tuples, hashing, iteration) and adds field attributes and the repr.

use crate::object::{Header, Slots, TypeObject, Word, cast, type_of};
use crate::thread::Thread;
use crate::types::{str as str_, tuple};

/// A struct sequence type: the type object first, so an instance's type
/// pointer leads back to the field names.
#[repr(C)]
pub struct StructSeqType {
    pub ty: TypeObject,
    pub fields: &'static [&'static str],
}

/// The type object for a struct sequence called `name` (CPython's full
/// name, `sys.version_info`) with the given fields.
pub const fn new_type(name: &'static str, fields: &'static [&'static str]) -> StructSeqType {
    StructSeqType {
        ty: TypeObject {
            header: Header::new_static(&crate::types::type_::TYPE_TYPE),
            name,
            base: &tuple::TUPLE_TYPE,
            trace: tuple::TUPLE_TYPE.trace,
            finalize: None,
            slots: Slots {
                repr: Some(repr),
                getattr: Some(getattr),
                setattr: Some(setattr),
                construct: None,
                ..tuple::TUPLE_TYPE.slots
            },
            methods: crate::methods::Methods::EMPTY,
        },
        fields,
    }
}

/// An instance of `ty` holding `values` (one per field); 0 with an
/// exception pending.
pub fn new(ts: *mut Thread, ty: &'static StructSeqType, values: &[Word]) -> Word {
    debug_assert_eq!(values.len(), ty.fields.len());
    let obj = tuple::new_unique(ts, values);
    if obj != 0 {
        unsafe { cast::<Header>(obj) }.ty = &ty.ty;
    }
    obj
}

/// The fields of a struct sequence instance's type.
fn fields_of(obj: Word) -> &'static [&'static str] {
    let ty = type_of(obj) as *const TypeObject as *const StructSeqType;
    // Only struct sequence types install these slots, so `ty` is one.
    unsafe { (*ty).fields }
}

unsafe fn repr(ts: *mut Thread, obj: Word) -> Word {
    let mut text = type_of(obj).name.as_bytes().to_vec();
    text.push(b'(');
    let items = unsafe { tuple::items(obj) };
    for (idx, (field, item)) in fields_of(obj).iter().zip(items).enumerate() {
        if idx > 0 {
            text.extend_from_slice(b", ");
        }
        text.extend_from_slice(field.as_bytes());
        text.push(b'=');
        let item_repr = unsafe { crate::entry::ty_repr(ts, *item) };
        if item_repr == 0 {
            return 0;
        }
        text.extend_from_slice(unsafe { str_::bytes(item_repr) });
    }
    text.push(b')');
    str_::from_bytes(ts, &text)
}

unsafe fn getattr(_ts: *mut Thread, obj: Word, name: Word) -> Word {
    let key = unsafe { str_::bytes(name) };
    let items = unsafe { tuple::items(obj) };
    fields_of(obj)
        .iter()
        .position(|field| field.as_bytes() == key)
        .and_then(|idx| items.get(idx).copied())
        .unwrap_or(0)
}

/// Fields are read-only; there is nowhere to put other attributes.
unsafe fn setattr(ts: *mut Thread, obj: Word, name: Word, _value: Word) -> i32 {
    let key = unsafe { str_::bytes(name) };
    let message = if fields_of(obj).iter().any(|field| field.as_bytes() == key) {
        "readonly attribute".to_string()
    } else {
        format!(
            "'{}' object has no attribute '{}'",
            type_of(obj).name,
            String::from_utf8_lossy(key)
        )
    };
    crate::error::attribute_error(ts, &message);
    -1
}
