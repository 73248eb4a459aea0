//! Callable objects: compiled Python functions (`function`), native
//! functions and bound native methods (`builtin_function_or_method`), bound
//! Python methods (`method`) and methods read from a type (`str.upper`,
//! `method_descriptor`).

use crate::gc;
use crate::object::{Header, NativeFn, Slots, TypeObject, Word, cast, type_of};
use crate::thread::Thread;
use crate::types::{none, str as str_, tuple};

/// The generic entry generated next to every function that escapes as a
/// value: boxed arguments, positional then keyword (see `ty_bind_args`).
pub type GenericEntry = unsafe extern "C" fn(
    ts: *mut Thread,
    func: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word;

/// A compiled Python function.
#[repr(C)]
pub struct FunctionObject {
    pub header: Header,
    pub entry: Option<GenericEntry>,
    /// A str.
    pub name: Word,
    /// A tuple of str: the parameter names.
    pub params: Word,
    /// A tuple: defaults for the last `len(defaults)` parameters.
    pub defaults: Word,
}

/// A native function; with `bound` set, a native method bound to `bound`
/// (`[].append`), which receives it as its first argument.
#[repr(C)]
pub struct BuiltinFunctionObject {
    pub header: Header,
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound `self`, 0 for a plain function.
    pub bound: Word,
}

unsafe impl Sync for BuiltinFunctionObject {}

impl BuiltinFunctionObject {
    /// A static builtin function object (`len`, `sys.exit`).
    pub const fn new_static(name: &'static str, func: NativeFn) -> BuiltinFunctionObject {
        BuiltinFunctionObject {
            header: Header::new_static(&BUILTIN_FUNCTION_TYPE),
            name,
            func,
            bound: 0,
        }
    }

    pub fn as_word(&'static self) -> Word {
        self as *const BuiltinFunctionObject as Word
    }
}

/// A Python callable bound to an instance (`obj.method` for user classes).
#[repr(C)]
pub struct MethodObject {
    pub header: Header,
    pub func: Word,
    pub bound: Word,
}

/// A native method read from its type (`str.upper`): calling it passes the
/// instance explicitly.
#[repr(C)]
pub struct MethodDescriptorObject {
    pub header: Header,
    pub owner: &'static TypeObject,
    pub name: &'static str,
    pub func: NativeFn,
}

pub static FUNCTION_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "function",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_function),
    finalize: None,
    slots: Slots {
        repr: Some(function_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        call: Some(function_call),
        getattr: Some(function_getattr),
        ..Slots::EMPTY
    },
    methods: &[],
};

pub static BUILTIN_FUNCTION_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "builtin_function_or_method",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_builtin),
    finalize: None,
    slots: Slots {
        repr: Some(builtin_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        call: Some(builtin_call),
        getattr: Some(builtin_getattr),
        ..Slots::EMPTY
    },
    methods: &[],
};

pub static METHOD_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "method",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_method),
    finalize: None,
    slots: Slots {
        repr: Some(method_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        call: Some(method_call),
        getattr: Some(method_getattr),
        ..Slots::EMPTY
    },
    methods: &[],
};

pub static METHOD_DESCRIPTOR_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "method_descriptor",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(descriptor_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        call: Some(descriptor_call),
        ..Slots::EMPTY
    },
    methods: &[],
};

/// A new function object (see `ty_function_new`).
pub fn new_function(
    ts: *mut Thread,
    entry: Option<GenericEntry>,
    name: Word,
    params: Word,
    defaults: Word,
) -> Word {
    let value = FunctionObject {
        header: Header::new_static(&FUNCTION_TYPE),
        entry,
        name,
        params,
        defaults,
    };
    unsafe { gc::alloc_value(ts, &FUNCTION_TYPE, value) }
}

/// `obj.name` for a native method found on `obj`'s type.
pub fn bind_native(ts: *mut Thread, bound: Word, name: &'static str, func: NativeFn) -> Word {
    let value = BuiltinFunctionObject {
        header: Header::new_static(&BUILTIN_FUNCTION_TYPE),
        name,
        func,
        bound,
    };
    unsafe { gc::alloc_value(ts, &BUILTIN_FUNCTION_TYPE, value) }
}

/// A Python callable bound to `bound`.
pub fn bind(ts: *mut Thread, func: Word, bound: Word) -> Word {
    let value = MethodObject {
        header: Header::new_static(&METHOD_TYPE),
        func,
        bound,
    };
    unsafe { gc::alloc_value(ts, &METHOD_TYPE, value) }
}

/// `Type.name` for a native method of `owner`.
pub fn descriptor(
    ts: *mut Thread,
    owner: &'static TypeObject,
    name: &'static str,
    func: NativeFn,
) -> Word {
    let value = MethodDescriptorObject {
        header: Header::new_static(&METHOD_DESCRIPTOR_TYPE),
        owner,
        name,
        func,
    };
    unsafe { gc::alloc_value(ts, &METHOD_DESCRIPTOR_TYPE, value) }
}

unsafe fn trace_function(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let func = unsafe { cast::<FunctionObject>(obj as Word) };
    for w in [func.name, func.params, func.defaults] {
        if w != 0 {
            visit(w);
        }
    }
}

unsafe fn trace_builtin(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let bound = unsafe { cast::<BuiltinFunctionObject>(obj as Word) }.bound;
    if bound != 0 {
        visit(bound);
    }
}

unsafe fn trace_method(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let method = unsafe { cast::<MethodObject>(obj as Word) };
    visit(method.func);
    visit(method.bound);
}

unsafe fn function_call(
    ts: *mut Thread,
    func: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { cast::<FunctionObject>(func) }.entry {
        Some(entry) => unsafe { entry(ts, func, args, nargs, kwnames) },
        None => crate::error::system_error(ts, "function object without code"),
    }
}

unsafe fn function_repr(ts: *mut Thread, func: Word) -> Word {
    let name = unsafe { str_::lossy(cast::<FunctionObject>(func).name) };
    str_::new(ts, &format!("<function {name} at {func:#x}>"))
}

unsafe fn function_getattr(ts: *mut Thread, func: Word, name: Word) -> Word {
    let obj = unsafe { cast::<FunctionObject>(func) };
    match unsafe { str_::bytes(name) } {
        b"__name__" | b"__qualname__" => obj.name,
        b"__defaults__" if unsafe { tuple::items(obj.defaults) }.is_empty() => none::none(),
        b"__defaults__" => obj.defaults,
        _ => {
            let _ = ts;
            0
        }
    }
}

unsafe fn builtin_call(
    ts: *mut Thread,
    callee: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let obj = unsafe { cast::<BuiltinFunctionObject>(callee) };
    if obj.bound == 0 {
        unsafe { (obj.func)(ts, args, nargs, kwnames) }
    } else {
        unsafe {
            crate::calls::call_native_with_self(ts, obj.func, obj.bound, args, nargs, kwnames)
        }
    }
}

unsafe fn builtin_repr(ts: *mut Thread, callee: Word) -> Word {
    let obj = unsafe { cast::<BuiltinFunctionObject>(callee) };
    let bound = obj.bound;
    let text =
        if bound == 0 || crate::object::is_instance(bound, &crate::types::module::MODULE_TYPE) {
            format!("<built-in function {}>", obj.name)
        } else {
            format!(
                "<built-in method {} of {} object at {bound:#x}>",
                obj.name,
                type_of(bound).name
            )
        };
    str_::new(ts, &text)
}

unsafe fn builtin_getattr(ts: *mut Thread, callee: Word, name: Word) -> Word {
    let obj = unsafe { cast::<BuiltinFunctionObject>(callee) };
    match unsafe { str_::bytes(name) } {
        b"__name__" | b"__qualname__" => str_::new(ts, obj.name),
        b"__self__" if obj.bound != 0 => obj.bound,
        b"__self__" => none::none(),
        _ => 0,
    }
}

unsafe fn method_call(
    ts: *mut Thread,
    callee: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let obj = unsafe { cast::<MethodObject>(callee) };
    unsafe { crate::calls::call_with_self(ts, obj.func, obj.bound, args, nargs, kwnames) }
}

unsafe fn method_repr(ts: *mut Thread, callee: Word) -> Word {
    let obj = unsafe { cast::<MethodObject>(callee) };
    let name = unsafe { crate::entry::ty_getattr(ts, obj.func, str_::new(ts, "__qualname__")) };
    let bound = unsafe { crate::entry::ty_repr(ts, obj.bound) };
    if name == 0 || bound == 0 {
        return 0;
    }
    let mut text = b"<bound method ".to_vec();
    text.extend_from_slice(unsafe { str_::bytes(name) });
    text.extend_from_slice(b" of ");
    text.extend_from_slice(unsafe { str_::bytes(bound) });
    text.push(b'>');
    str_::from_bytes(ts, &text)
}

unsafe fn method_getattr(ts: *mut Thread, callee: Word, name: Word) -> Word {
    let obj = unsafe { cast::<MethodObject>(callee) };
    match unsafe { str_::bytes(name) } {
        b"__self__" => obj.bound,
        b"__func__" => obj.func,
        _ => unsafe { crate::entry::ty_getattr(ts, obj.func, name) },
    }
}

unsafe fn descriptor_call(
    ts: *mut Thread,
    callee: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let obj = unsafe { cast::<MethodDescriptorObject>(callee) };
    let positional = unsafe { crate::calls::args::Args::new(args, nargs, kwnames) }.positional;
    let Some(first) = positional.first() else {
        let message = format!(
            "unbound method {}.{}() needs an argument",
            obj.owner.name, obj.name
        );
        return crate::error::type_error(ts, &message);
    };
    if !type_of(*first).is_subtype(obj.owner) {
        let message = format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            obj.name,
            obj.owner.name,
            type_of(*first).name
        );
        return crate::error::type_error(ts, &message);
    }
    unsafe { (obj.func)(ts, args, nargs, kwnames) }
}

unsafe fn descriptor_repr(ts: *mut Thread, callee: Word) -> Word {
    let obj = unsafe { cast::<MethodDescriptorObject>(callee) };
    str_::new(
        ts,
        &format!("<method '{}' of '{}' objects>", obj.name, obj.owner.name),
    )
}
