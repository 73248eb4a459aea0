//! Helpers that code specialised by instance inference calls: making an
//! instance of a class inference proved plain (so `Cls(args)` can run its
//! `__init__` as a direct call), and the `--infer=checked` trap placed in
//! methods inference proved never to run through their function object.

use crate::calls::args::Args;
use crate::object::{TypeObject, Word};
use crate::thread::Thread;

/// `$new_instance(cls)`: `object.__new__(cls)` for a class whose MRO has
/// no `__new__` and whose instances use the shared layout (what inference
/// proved before calling this); anything else is a typhon bug.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn new_instance(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let args = unsafe { Args::new(argv, nargs, kwnames) };
    let [cls] = args.positional else {
        return crate::error::system_error(ts, "bad $new_instance call");
    };
    let is_type = crate::object::is_instance(*cls, &crate::types::type_::TYPE_TYPE);
    if !is_type || !super::is_heap(*cls as *const TypeObject) {
        return crate::error::system_error(ts, "bad $new_instance call");
    }
    let ty: &'static TypeObject = unsafe { &*(*cls as *const TypeObject) };
    if !super::instance::uses_instance_layout(unsafe { super::class_of(ty) }) {
        return crate::error::system_error(ts, "bad $new_instance call");
    }
    // The class call's own recursion level; the `__init__` copy called next
    // counts the second (`tir::Function::extra_depth`).
    let Some(saved) = (unsafe { super::instance::enter_type_call(ts) }) else {
        return 0;
    };
    unsafe { (*ts).depth = saved };
    super::instance::new_plain(ts, ty)
}

/// `Op::NewInstance`'s slow path (generated code allocates in line while
/// the collector's free list has a slot and no collection is due): a new
/// instance of `cls`, a class `$new_instance` accepts, whose depth check
/// generated code already made.
///
/// # Safety
/// `ts` is the current thread; `cls` a heap class using the instance layout.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_instance_new(ts: *mut Thread, cls: Word) -> Word {
    let ty: &'static TypeObject = unsafe { &*(cls as *const TypeObject) };
    super::instance::new_plain(ts, ty)
}

/// `$infer_unreached(function_name)`: `--infer=checked` calls this at the
/// entry of a method inference proved is only ever called directly; it
/// running means the inference was unsound, so it aborts.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn infer_unreached(
    _ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let args = unsafe { crate::calls::args::slice(argv, nargs) };
    let name = match args.first() {
        Some(word) if crate::types::str::is_str(*word) => unsafe {
            String::from_utf8_lossy(crate::types::str::bytes(*word)).into_owned()
        },
        _ => String::from("?"),
    };
    eprintln!("typhon: inference check failed: {name} ran through its function object");
    std::process::abort();
}

/// `$infer_check_class(value, cls, ...)`: `--infer=checked` calls this
/// after a load inference proved to give an instance of exactly one of
/// the classes `cls, ...`; for a union kind the arguments after `value`
/// are instead `True` / `False` (the compiled test of each class, which
/// need not be bound yet) and `None` when `None` is a member. Anything
/// else means the inference was unsound, so it aborts.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn infer_check_class(
    _ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let args = unsafe { crate::calls::args::slice(argv, nargs) };
    if let [value, classes @ ..] = args
        && *value != 0
    {
        let ty = crate::object::type_of(*value) as *const TypeObject as Word;
        let none = crate::types::none::none();
        let yes = crate::types::bool::true_();
        if classes
            .iter()
            .any(|cls| *cls == ty || *cls == yes || (*cls == none && *value == none))
        {
            return crate::types::none::none();
        }
    }
    let found = match args.first() {
        Some(word) if *word != 0 => crate::object::type_of(*word).name,
        _ => "nothing",
    };
    eprintln!(
        "typhon: inference check failed: expected an instance of exactly its class, found {found}"
    );
    std::process::abort();
}

/// `$mark_typed(cls)`: record that instance inference typed class `cls`
/// (see [`class_of_self`]).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn mark_typed(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let args = unsafe { crate::calls::args::slice(argv, nargs) };
    let [cls] = args else {
        return crate::error::system_error(ts, "bad $mark_typed call");
    };
    let ty = *cls as *const TypeObject;
    if !crate::object::is_instance(*cls, &crate::types::type_::TYPE_TYPE) || !super::is_heap(ty) {
        return crate::error::system_error(ts, "bad $mark_typed call");
    }
    unsafe { super::class_of(&*ty) }.typed = true;
    crate::types::none::none()
}

/// `$class_of_self(self)`: `type(self)` read in a method of a class
/// inference left untyped. Inference assumed `self` is an instance of
/// that class (so the class read can reach no typed class's `__init__`);
/// only calling the method's function object through its class with an
/// instance of a typed class breaks that, which typhon refuses with a
/// `TypeError` (docs/unsupported.md).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn class_of_self(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let args = unsafe { crate::calls::args::slice(argv, nargs) };
    let [value] = args else {
        return crate::error::system_error(ts, "bad $class_of_self call");
    };
    let ty = crate::object::type_of(*value);
    let ty_ptr = ty as *const TypeObject;
    if super::is_heap(ty_ptr) && unsafe { super::class_of(ty) }.typed {
        let message = format!(
            "typhon cannot read the class of a '{}' instance passed as self to a method of another class",
            ty.name
        );
        return crate::error::type_error(ts, &message);
    }
    ty_ptr as Word
}
