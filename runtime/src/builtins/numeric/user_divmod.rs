//! `divmod(a, b)` through a user class's `__divmod__` / `__rdivmod__`,
//! in the order of CPython's binary-operator protocol.

use crate::object::{TypeObject, Word, type_of};
use crate::thread::Thread;
use crate::types::class;
use crate::types::none::NOT_IMPLEMENTED_OBJ;

fn not_implemented() -> Word {
    &NOT_IMPLEMENTED_OBJ as *const _ as Word
}

/// The user method `name` of `ty`, when `ty` is a user class defining it.
unsafe fn user_method(
    ts: *mut Thread,
    ty: *const TypeObject,
    name: &str,
) -> Result<Option<Word>, ()> {
    if !class::is_heap(ty) {
        return Ok(None);
    }
    let key = crate::types::str::new(ts, name);
    if key == 0 {
        return Err(());
    }
    Ok(class::lookup(ts, ty, key))
}

/// `Some(result)` (0 when an exception is set) when a user method of `a`'s
/// or `b`'s class gave a result, `None` when neither class has one or both
/// returned `NotImplemented`: the built-in `divmod` then goes on.
///
/// # Safety
/// `a` and `b` are live objects.
pub unsafe fn user_divmod(ts: *mut Thread, a: Word, b: Word) -> Option<Word> {
    let (ta, tb) = (type_of(a), type_of(b));
    if !class::is_heap(ta) && !class::is_heap(tb) {
        return None;
    }
    let forward = match unsafe { user_method(ts, ta, "__divmod__") } {
        Ok(method) => method,
        Err(()) => return Some(0),
    };
    let reflected = if std::ptr::eq(ta, tb) {
        None
    } else {
        match unsafe { user_method(ts, tb, "__rdivmod__") } {
            Ok(method) => method,
            Err(()) => return Some(0),
        }
    };
    let call = |method: Word, this: Word, other: Word| -> Option<Word> {
        let args = [other];
        let result = unsafe { crate::calls::call_with_self(ts, method, this, args.as_ptr(), 1, 0) };
        (result != not_implemented()).then_some(result)
    };
    // A subclass's reflected method goes first, so it can override.
    let subclass_first = reflected.is_some() && tb.is_subtype(ta);
    if let Some(method) = reflected.filter(|_| subclass_first)
        && let Some(result) = call(method, b, a)
    {
        return Some(result);
    }
    if let Some(method) = forward
        && let Some(result) = call(method, a, b)
    {
        return Some(result);
    }
    if !subclass_first
        && let Some(method) = reflected
        && let Some(result) = call(method, b, a)
    {
        return Some(result);
    }
    None
}
