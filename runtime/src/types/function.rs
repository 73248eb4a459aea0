//! Callable objects: compiled Python functions (`function`), native
//! functions and bound native methods (`builtin_function_or_method`), bound
//! Python methods (`method`) and methods read from a type (`str.upper`,
//! `method_descriptor`).

mod attrs;
mod names;

pub use attrs::delattr;

use crate::gc;
use crate::object::{Header, NativeFn, Slots, TypeObject, Word, cast, type_of};
use crate::thread::Thread;
use crate::types::{none, str as str_};

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
    /// A str: the qualified name (`outer.<locals>.inner`), whose last
    /// dotted part is `__name__`.
    pub name: Word,
    /// A tuple of str: the parameter names.
    pub params: Word,
    /// A tuple: defaults for the last `len(defaults)` parameters.
    pub defaults: Word,
    /// A tuple of cells for the function's free variables, 0 for a function
    /// without any (the generic entry passes them to the code in order).
    pub closure: Word,
    /// The parameter kinds (see `ty_function_set_shape`); all zero for a
    /// function whose parameters are all positional-or-keyword.
    pub shape: Shape,
    /// A dict of the keyword-only parameters' defaults, or 0.
    pub kwdefaults: Word,
    /// The special attributes stored once set (`__doc__`, `__module__`,
    /// a renamed `__name__`, `__annotations__`, `__code__`), as (name,
    /// value) pairs; the others live in `dict`.
    pub attrs: Vec<(Word, Word)>,
    /// The function's `__dict__`, 0 until an attribute is stored or the
    /// dict is read.
    pub dict: Word,
}

/// How `FunctionObject::params` divides into kinds. The names come in
/// CPython's order: positional (the first `n_posonly` positional-only),
/// keyword-only, then `*args` and `**kwargs` when present.
#[derive(Clone, Copy, Default)]
pub struct Shape {
    pub n_posonly: usize,
    pub n_kwonly: usize,
    pub varargs: bool,
    pub varkw: bool,
}

impl Shape {
    /// Decode the packed form generated code passes: `n_posonly` in bits
    /// 0-15, `n_kwonly` in bits 16-31, `*args` bit 32, `**kwargs` bit 33.
    pub fn unpack(packed: i64) -> Shape {
        Shape {
            n_posonly: (packed & 0xffff) as usize,
            n_kwonly: ((packed >> 16) & 0xffff) as usize,
            varargs: packed & (1 << 32) != 0,
            varkw: packed & (1 << 33) != 0,
        }
    }
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

    /// A static function of the `builtins` module (`len`), whose
    /// `__module__` is `'builtins'`.
    pub const fn new_builtin(name: &'static str, func: NativeFn) -> BuiltinFunctionObject {
        let mut obj = Self::new_static(name, func);
        obj.header.gc |= crate::object::IN_BUILTINS;
        obj
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
    /// The descriptor made before this one (see [`descriptor`]), 0 at the end.
    next: Word,
}

pub static FUNCTION_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "function",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_function),
    finalize: Some(finalize_function),
    slots: Slots {
        repr: Some(function_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        call: Some(function_call),
        getattr: Some(attrs::getattr),
        setattr: Some(attrs::setattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[crate::object::Method {
        name: "__get__",
        func: function_get,
    }]),
};

pub static BUILTIN_FUNCTION_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "builtin_function_or_method",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_builtin),
    finalize: None,
    slots: Slots {
        repr: Some(builtin_repr),
        hash: Some(builtin_hash),
        compare: Some(builtin_compare),
        call: Some(builtin_call),
        getattr: Some(builtin_getattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

pub static METHOD_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "method",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_method),
    finalize: None,
    slots: Slots {
        repr: Some(method_repr),
        hash: Some(method_hash),
        compare: Some(method_compare),
        call: Some(method_call),
        getattr: Some(method_getattr),
        construct: Some(method_construct),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

pub static METHOD_DESCRIPTOR_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "method_descriptor",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_descriptor),
    finalize: None,
    slots: Slots {
        repr: Some(descriptor_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        call: Some(descriptor_call),
        getattr: Some(names::descriptor_getattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
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
        closure: 0,
        shape: Shape::default(),
        kwdefaults: 0,
        attrs: Vec::new(),
        dict: 0,
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
///
/// CPython's type dicts hold one descriptor per method, so `str.upper is
/// str.upper` and `P.__eq__ is object.__eq__`; typhon makes them on demand,
/// so it keeps each one made, in a chain from the thread (a program reads
/// few distinct ones, and a short scan beats allocating a key to hash).
pub fn descriptor(
    ts: *mut Thread,
    owner: &'static TypeObject,
    name: &'static str,
    func: NativeFn,
) -> Word {
    let head = unsafe { (*ts).descriptors };
    let mut cursor = head;
    while cursor != 0 {
        let known = unsafe { cast::<MethodDescriptorObject>(cursor) };
        if std::ptr::eq(known.owner, owner)
            && std::ptr::fn_addr_eq(known.func, func)
            && known.name == name
        {
            return cursor;
        }
        cursor = known.next;
    }
    let value = MethodDescriptorObject {
        header: Header::new_static(&METHOD_DESCRIPTOR_TYPE),
        owner,
        name,
        func,
        next: head,
    };
    let made = unsafe { gc::alloc_value(ts, &METHOD_DESCRIPTOR_TYPE, value) };
    if made != 0 {
        unsafe { (*ts).descriptors = made };
    }
    made
}

unsafe fn trace_descriptor(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let descr = unsafe { cast::<MethodDescriptorObject>(obj as Word) };
    if descr.next != 0 {
        visit(descr.next);
    }
}

unsafe fn trace_function(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let func = unsafe { cast::<FunctionObject>(obj as Word) };
    for w in [
        func.name,
        func.params,
        func.defaults,
        func.closure,
        func.kwdefaults,
        func.dict,
    ] {
        if w != 0 {
            visit(w);
        }
    }
    for (name, value) in &func.attrs {
        visit(*name);
        visit(*value);
    }
}

unsafe fn finalize_function(obj: *mut Header) {
    let func = unsafe { cast::<FunctionObject>(obj as Word) };
    unsafe { std::ptr::drop_in_place(&mut func.attrs) };
}

unsafe fn trace_builtin(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let bound = unsafe { cast::<BuiltinFunctionObject>(obj as Word) }.bound;
    if bound != 0 {
        visit(bound);
    }
}

/// Native functions are equal when they are the same object, or the same
/// native method bound to the same object (`l.append == l.append`).
unsafe fn builtin_compare(_ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let eq = match typhon_abi::CmpOp::from_i32(op) {
        Some(typhon_abi::CmpOp::Eq) => true,
        Some(typhon_abi::CmpOp::Ne) => false,
        _ => return crate::types::none::not_implemented(),
    };
    if !crate::object::is_instance(b, &BUILTIN_FUNCTION_TYPE) {
        return crate::types::none::not_implemented();
    }
    let (fa, fb) = unsafe {
        (
            cast::<BuiltinFunctionObject>(a),
            cast::<BuiltinFunctionObject>(b),
        )
    };
    let same = a == b
        || (fa.bound != 0
            && fa.bound == fb.bound
            && std::ptr::fn_addr_eq(fa.func, fb.func)
            && fa.name == fb.name);
    crate::types::bool::from_bool(same == eq)
}

/// Consistent with [`builtin_compare`].
unsafe fn builtin_hash(_ts: *mut Thread, w: Word) -> Option<i64> {
    use crate::types::object::identity_hash;
    let func = unsafe { cast::<BuiltinFunctionObject>(w) };
    if func.bound == 0 {
        return Some(identity_hash(w));
    }
    let hash = identity_hash(func.bound) ^ identity_hash(func.func as usize as Word);
    Some(if hash == -1 { -2 } else { hash })
}

/// Bound methods are equal when they bind the same object (by identity,
/// as CPython 3.8+) to the same function; `a.f == a.f` although each read
/// makes a new method object.
unsafe fn method_compare(_ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let eq = match typhon_abi::CmpOp::from_i32(op) {
        Some(typhon_abi::CmpOp::Eq) => true,
        Some(typhon_abi::CmpOp::Ne) => false,
        _ => return crate::types::none::not_implemented(),
    };
    if !crate::object::is_instance(b, &METHOD_TYPE) {
        return crate::types::none::not_implemented();
    }
    let (ma, mb) = unsafe { (cast::<MethodObject>(a), cast::<MethodObject>(b)) };
    let same = ma.func == mb.func && ma.bound == mb.bound;
    crate::types::bool::from_bool(same == eq)
}

/// Consistent with [`method_compare`]: the bound object's identity hash
/// mixed with the function's.
unsafe fn method_hash(_ts: *mut Thread, w: Word) -> Option<i64> {
    use crate::types::object::identity_hash;
    let method = unsafe { cast::<MethodObject>(w) };
    let hash = identity_hash(method.bound) ^ identity_hash(method.func);
    Some(if hash == -1 { -2 } else { hash })
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
        b"__qualname__" if names::is_method(obj.bound) => unsafe {
            names::method_qualname(ts, obj.bound, obj.name)
        },
        b"__name__" | b"__qualname__" => str_::new(ts, obj.name),
        b"__self__" if obj.bound != 0 => obj.bound,
        b"__self__" => none::none(),
        // A method's is None; a native module's functions do not record
        // theirs (FIXME(native module functions): `math.sqrt.__module__`).
        b"__module__" if obj.bound != 0 => none::none(),
        b"__module__" if obj.header.gc & crate::object::IN_BUILTINS != 0 => {
            str_::new(ts, "builtins")
        }
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
        // The method type's own attributes (`m.__eq__`, `m.__hash__`,
        // `m.__class__`) before the function's, as CPython looks the type
        // up first; `__doc__` is the function's.
        key if key != b"__doc__"
            && (key == b"__class__" || crate::attr::find_method(&METHOD_TYPE, key).is_some()) =>
        {
            0
        }
        _ => unsafe { crate::entry::ty_getattr(ts, obj.func, name) },
    }
}

/// `types.MethodType(func, obj)`: `func` bound to `obj` by hand, with
/// CPython's checks.
unsafe extern "C" fn method_construct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some([func, obj]) =
        (unsafe { crate::calls::args::positional(ts, "method", args, nargs, kwnames) })
    else {
        return 0;
    };
    if type_of(func).slots.call.is_none() {
        return crate::error::type_error(ts, "first argument must be callable");
    }
    if obj == none::none() {
        return crate::error::type_error(ts, "instance must not be None");
    }
    bind(ts, func, obj)
}

/// `f.__get__(obj, type=None)`: `f` bound to `obj` (binding by hand), `f`
/// itself for `obj` None, as a function in a class dict gives.
unsafe extern "C" fn function_get(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { crate::calls::args::Args::new(args, nargs, kwnames) };
    // `args[0]` is the function; CPython's slot wrapper words the errors
    // (an empty name before "expected").
    if !call.no_keywords(ts, "wrapper __get__") {
        return 0;
    }
    let rest = call.positional.get(1..).unwrap_or_default();
    let counted = crate::calls::args::Args {
        positional: rest,
        names: &[],
        values: &[],
    };
    if !counted.count(ts, "", 1, 2) {
        return 0;
    }
    let func = call.positional[0];
    if rest[0] != none::none() {
        return bind(ts, func, rest[0]);
    }
    if rest.get(1).is_none_or(|ty| *ty == none::none()) {
        return crate::error::type_error(ts, "__get__(None, None) is invalid");
    }
    func
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
    if !type_of(*first).is_subtype(obj.owner) && crate::types::special::is_wrapper(obj.func) {
        let message = format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            obj.name,
            obj.owner.name,
            type_of(*first).name
        );
        return crate::error::type_error(ts, &message);
    }
    if !type_of(*first).is_subtype(obj.owner) {
        let message = format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            obj.name,
            obj.owner.name,
            type_of(*first).name
        );
        return crate::error::type_error(ts, &message);
    }
    let receiver_base = unsafe { &*crate::types::class::solid_base(type_of(*first)) };
    if !std::ptr::eq(receiver_base, obj.owner) {
        // `int.__repr__(True)`: the owner's slot, not the receiver's.
        let all = unsafe { crate::calls::args::slice(args, nargs) };
        if let Some(result) =
            unsafe { crate::types::special::call_as(ts, obj.owner, obj.func, all, kwnames) }
        {
            return result;
        }
    }
    unsafe { (obj.func)(ts, args, nargs, kwnames) }
}

unsafe fn descriptor_repr(ts: *mut Thread, callee: Word) -> Word {
    let obj = unsafe { cast::<MethodDescriptorObject>(callee) };
    let kind = if crate::types::special::is_slot_name(obj.name) {
        "slot wrapper"
    } else {
        "method"
    };
    str_::new(
        ts,
        &format!("<{kind} '{}' of '{}' objects>", obj.name, obj.owner.name),
    )
}
