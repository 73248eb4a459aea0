//! `types.GenericAlias`: what subscripting a built-in container type gives
//! (`list[int]`, `dict[str, int]`), CPython's PEP 585 objects in miniature:
//! they print as `list[int]`, call their origin (`list[int]()` is `[]`),
//! and expose `__origin__` and `__args__`. Also the `getitem` slot of
//! `type`, which makes them and calls a class's `__class_getitem__`.

use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;
use crate::types::{class, none, str as str_, tuple, type_};

/// A generic alias: the origin type and the arguments (a tuple).
#[repr(C)]
pub struct GenericAliasObject {
    pub header: Header,
    pub origin: Word,
    pub args: Word,
}

pub static GENERIC_ALIAS_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&type_::TYPE_TYPE),
    name: "types.GenericAlias",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        call: Some(call),
        getattr: Some(getattr),
        compare: Some(compare),
        hash: Some(hash),
        construct: Some(construct),
        binop: Some(crate::types::union::or_slot),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let alias = unsafe { cast::<GenericAliasObject>(obj as Word) };
    visit(alias.origin);
    visit(alias.args);
}

/// `origin[args]`; `args` is made a tuple when it is not one.
pub fn new(ts: *mut Thread, origin: Word, args: Word) -> Word {
    let args = if crate::object::is_exact(args, &tuple::TUPLE_TYPE) {
        args
    } else {
        tuple::new(ts, &[args])
    };
    if args == 0 {
        return 0;
    }
    let value = GenericAliasObject {
        header: Header::new_static(&GENERIC_ALIAS_TYPE),
        origin,
        args,
    };
    unsafe { crate::gc::alloc_value(ts, &GENERIC_ALIAS_TYPE, value) }
}

/// `types.GenericAlias(origin, args)`.
unsafe extern "C" fn construct(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { crate::calls::args::Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "GenericAlias") || !call.count(ts, "GenericAlias", 2, 2) {
        return 0;
    }
    new(ts, call.positional[0], call.positional[1])
}

/// How CPython's `ga_repr` shows one argument: `...`, a type by its
/// (module-qualified) name, anything else by its repr.
pub(crate) unsafe fn arg_text(ts: *mut Thread, arg: Word) -> Option<String> {
    if arg == none::ellipsis() {
        return Some("...".to_string());
    }
    if crate::object::is_instance(arg, &type_::TYPE_TYPE) {
        let ty = unsafe { &*(arg as *const TypeObject) };
        return Some(if class::is_heap(ty) {
            class::qualified_name_with_main(ty)
        } else {
            ty.name.to_string()
        });
    }
    let text = unsafe { crate::text::ty_repr(ts, arg) };
    if text == 0 {
        return None;
    }
    Some(unsafe { str_::lossy(text) })
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let alias = unsafe { cast::<GenericAliasObject>(w) };
    let Some(origin) = (unsafe { arg_text(ts, alias.origin) }) else {
        return 0;
    };
    let mut parts = Vec::new();
    for arg in unsafe { tuple::items(alias.args) } {
        match unsafe { arg_text(ts, *arg) } {
            Some(text) => parts.push(text),
            None => return 0,
        }
    }
    let inner = if parts.is_empty() {
        "()".to_string()
    } else {
        parts.join(", ")
    };
    str_::new(ts, &format!("{origin}[{inner}]"))
}

unsafe fn call(ts: *mut Thread, w: Word, args: *const Word, nargs: i64, kwnames: Word) -> Word {
    let origin = unsafe { cast::<GenericAliasObject>(w) }.origin;
    unsafe { crate::calls::ty_call(ts, origin, args, nargs, kwnames) }
}

unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    let alias = unsafe { cast::<GenericAliasObject>(w) };
    match unsafe { str_::bytes(name) } {
        b"__origin__" => alias.origin,
        b"__args__" => alias.args,
        b"__class__" => GENERIC_ALIAS_TYPE.as_word(),
        // Other attributes come from the origin, as in CPython.
        _ => unsafe { crate::entry::ty_getattr(ts, alias.origin, name) },
    }
}

unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let eq = typhon_abi::CmpOp::Eq as i32;
    let ne = typhon_abi::CmpOp::Ne as i32;
    if (op != eq && op != ne) || !crate::object::is_exact(b, &GENERIC_ALIAS_TYPE) {
        return none::not_implemented();
    }
    let (x, y) = unsafe { (cast::<GenericAliasObject>(a), cast::<GenericAliasObject>(b)) };
    if x.origin != y.origin {
        return crate::types::bool::from_bool(op == ne);
    }
    let same = unsafe { crate::ops::ty_compare(ts, eq, x.args, y.args) };
    if same == 0 || op == eq {
        return same;
    }
    match unsafe { crate::ops::ty_truthy(ts, same) } {
        -1 => 0,
        t => crate::types::bool::from_bool(t == 0),
    }
}

unsafe fn hash(ts: *mut Thread, w: Word) -> Option<i64> {
    let alias = unsafe { cast::<GenericAliasObject>(w) };
    let args = unsafe { crate::ops::hash(ts, alias.args) }?;
    Some(crate::types::object::identity_hash(alias.origin) ^ args)
}

/// Built-in types that support `T[...]` (PEP 585).
fn subscriptable(ty: *const TypeObject) -> bool {
    use crate::types::{dict, list, set};
    [
        &list::LIST_TYPE,
        &dict::DICT_TYPE,
        &tuple::TUPLE_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
        &type_::TYPE_TYPE,
    ]
    .iter()
    .any(|t| std::ptr::eq(*t, ty))
}

/// The `getitem` slot of `type`: `list[int]`, `Cls[item]` through the
/// class's `__class_getitem__`.
///
/// # Safety
/// `ty` must be a type object.
pub unsafe fn type_getitem(ts: *mut Thread, ty: Word, item: Word) -> Word {
    let type_ptr = ty as *const TypeObject;
    if class::is_heap(type_ptr) {
        let mro = class::mro_of(type_ptr);
        if let Some((hook, _)) = class::lookup_from(&mro, 0, b"__class_getitem__") {
            let bound = unsafe { class::descr::get_from_class(ts, hook, ty) };
            if bound == 0 {
                return 0;
            }
            return unsafe { crate::calls::ty_call(ts, bound, &item, 1, 0) };
        }
    } else if subscriptable(type_ptr) {
        return new(ts, ty, item);
    }
    let name = unsafe { &*type_ptr }.name;
    let message = format!("type '{name}' is not subscriptable");
    crate::error::type_error(ts, &message)
}
