//! `module`: a view of a module's globals.
//!
//! Generated code keeps each module's globals in a static array of words
//! (0 = unbound); the module object reads and writes those slots by name,
//! so `import m; m.x = 1` and the module's own code see the same value.
//! Native modules (`sys`) own their slot array. Attributes set from outside
//! that the module never binds itself go to an extra list.

use std::collections::HashMap;

use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;
use crate::types::str as str_;

#[repr(C)]
pub struct ModuleObject {
    pub header: Header,
    /// A str.
    pub name: Word,
    /// `len` slots, parallel to `names`.
    pub globals: *mut Word,
    pub names: *const Word,
    pub len: usize,
    /// 1 for runtime-implemented modules (`<module 'sys' (built-in)>`).
    pub native: u64,
    /// Name bytes -> slot index.
    index: HashMap<Vec<u8>, usize, NameHash>,
    /// Attributes set from outside that are not globals, as (name, value).
    extra: Vec<(Word, Word)>,
    /// Storage of a native module's names and slots.
    owned_names: Vec<Word>,
    owned_globals: Vec<Word>,
    /// A compiled module's init flag (0 not run, 1 running, 2 done; null
    /// for a native module).
    state: *const u8,
}

/// Hashing for global names: every `module.attr` read through the
/// generic path (`math.inf`, `sys.maxsize`, a user module's attribute
/// reached by `getattr`) looks its name up in `index`, and SipHash cost
/// more than the rest of the read. The names are the program's own, so no
/// defence against flooding is needed: a multiply and rotate per 8 bytes.
#[derive(Default, Clone, Copy)]
pub struct NameHash;

impl std::hash::BuildHasher for NameHash {
    type Hasher = NameHasher;
    fn build_hasher(&self) -> NameHasher {
        NameHasher(0)
    }
}

pub struct NameHasher(u64);

impl NameHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let word: [u8; 8] = word.try_into().expect("eight bytes");
            self.mix(u64::from_le_bytes(word));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(word));
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }
}

pub static MODULE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "module",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: Some(finalize),
    slots: Slots {
        repr: Some(repr),
        hash: Some(crate::types::object::identity_hash_slot),
        getattr: Some(getattr),
        setattr: Some(setattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

/// A module over generated globals: `globals[i]` is the value of `names[i]`.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_module_new(
    ts: *mut Thread,
    name: Word,
    globals: *mut Word,
    names: *const Word,
    n: i64,
    state: *const u8,
) -> Word {
    let len = usize::try_from(n).unwrap_or(0);
    let name_words = if len == 0 {
        &[][..]
    } else {
        unsafe { std::slice::from_raw_parts(names, len) }
    };
    if !crate::object::is_exact(name, &str_::STR_TYPE)
        || name_words
            .iter()
            .any(|w| !crate::object::is_exact(*w, &str_::STR_TYPE))
    {
        return crate::error::system_error(ts, "ty_module_new: names must be str");
    }
    let index = name_words
        .iter()
        .enumerate()
        .map(|(idx, w)| (unsafe { str_::bytes(*w) }.to_vec(), idx))
        .collect();
    // Attribute sites remember a module's global slots by the module's
    // address (`class::sites`): a new module, which may reuse a collected
    // one's address, empties every site cache.
    crate::types::class::CLASS_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let module = ModuleObject {
        header: Header::new_static(&MODULE_TYPE),
        name,
        globals,
        names,
        len,
        native: 0,
        index,
        extra: Vec::new(),
        owned_names: Vec::new(),
        owned_globals: Vec::new(),
        state,
    };
    unsafe { gc::alloc_value(ts, &MODULE_TYPE, module) }
}

/// A runtime-implemented module whose attributes are `functions`.
pub fn new_native_functions(
    ts: *mut Thread,
    name: &str,
    functions: &'static [crate::types::function::BuiltinFunctionObject],
) -> Word {
    let attrs: Vec<(&str, Word)> = functions
        .iter()
        .map(|func| (func.name, func.as_word()))
        .collect();
    new_native(ts, name, &attrs)
}

/// A runtime-implemented module with the given attributes.
pub fn new_native(ts: *mut Thread, name: &str, attrs: &[(&str, Word)]) -> Word {
    let pins = unsafe { crate::gc::PinScope::new(ts) };
    for (_, value) in attrs {
        pins.pin(*value);
    }
    let name = pins.pin(str_::new(ts, name));
    let mut names = Vec::with_capacity(attrs.len());
    for (attr, _) in attrs {
        let word = pins.pin(str_::new(ts, attr));
        if word == 0 || name == 0 {
            return 0;
        }
        names.push(word);
    }
    let mut globals: Vec<Word> = attrs.iter().map(|(_, value)| *value).collect();
    let module = unsafe {
        ty_module_new(
            ts,
            name,
            globals.as_mut_ptr(),
            names.as_ptr(),
            names.len() as i64,
            std::ptr::null(),
        )
    };
    if module == 0 {
        return 0;
    }
    let obj = unsafe { cast::<ModuleObject>(module) };
    obj.native = 1;
    // Moving a Vec keeps its heap buffer, so the pointers stay valid.
    obj.owned_names = names;
    obj.owned_globals = globals;
    module
}

/// The slot of global `key`, if the module has one.
///
/// # Safety
/// `module` must be a module.
pub unsafe fn slot<'a>(module: Word, key: &[u8]) -> Option<&'a mut Word> {
    let obj = unsafe { cast::<ModuleObject>(module) };
    let idx = *obj.index.get(key)?;
    Some(unsafe { &mut *obj.globals.add(idx) })
}

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let module = unsafe { cast::<ModuleObject>(obj as Word) };
    visit(module.name);
    for idx in 0..module.len {
        visit(unsafe { *module.names.add(idx) });
        let value = unsafe { *module.globals.add(idx) };
        if value != 0 {
            visit(value);
        }
    }
    for (name, value) in &module.extra {
        visit(*name);
        visit(*value);
    }
}

unsafe fn finalize(obj: *mut Header) {
    let module = unsafe { cast::<ModuleObject>(obj as Word) };
    unsafe {
        std::ptr::drop_in_place(&mut module.index);
        std::ptr::drop_in_place(&mut module.extra);
        std::ptr::drop_in_place(&mut module.owned_names);
        std::ptr::drop_in_place(&mut module.owned_globals);
    }
}

unsafe fn repr(ts: *mut Thread, module: Word) -> Word {
    let obj = unsafe { cast::<ModuleObject>(module) };
    let mut text = b"<module '".to_vec();
    text.extend_from_slice(unsafe { str_::bytes(obj.name) });
    text.extend_from_slice(if obj.native != 0 {
        b"' (built-in)>".as_slice()
    } else {
        b"'>"
    });
    str_::from_bytes(ts, &text)
}

unsafe fn getattr(ts: *mut Thread, module: Word, name: Word) -> Word {
    let obj = unsafe { cast::<ModuleObject>(module) };
    let key = unsafe { str_::bytes(name) };
    if let Some(value) = unsafe { visible_slot(module, key) }
        && *value != 0
    {
        return *value;
    }
    if let Some((_, value)) = obj
        .extra
        .iter()
        .find(|(attr, _)| unsafe { str_::bytes(*attr) } == key)
    {
        return *value;
    }
    if key == b"__name__" {
        return obj.name;
    }
    if key == b"__annotations__" {
        return unsafe { new_annotations(ts, module, name) };
    }
    let module_name = unsafe { str_::lossy(obj.name) };
    let message = if unsafe { partially_initialized(module) } {
        format!(
            "partially initialized module '{module_name}' has no attribute '{}' \
             (most likely due to a circular import)",
            String::from_utf8_lossy(key)
        )
    } else {
        format!(
            "module '{module_name}' has no attribute '{}'",
            String::from_utf8_lossy(key)
        )
    };
    crate::error::attribute_error(ts, &message)
}

/// `module.__annotations__` of a module whose code never binds it: an empty
/// dict, kept, as CPython's module type makes on first read (in the global
/// when the module's code reads `__annotations__`, which then sees it as
/// CPython's module dict does).
#[cold]
unsafe fn new_annotations(ts: *mut Thread, module: Word, name: Word) -> Word {
    let dict = crate::types::dict::new(ts);
    if dict != 0 {
        match unsafe { slot(module, b"__annotations__") } {
            Some(global) => *global = dict,
            None => unsafe { cast::<ModuleObject>(module) }
                .extra
                .push((name, dict)),
        }
    }
    dict
}

/// The slot of a global `getattr`/`setattr`/`delattr` may reach: not a hidden one
/// (names with `$`, no identifier has one), which the compiler's guarded
/// direct calls rely on.
///
/// # Safety
/// `module` must be a module.
pub unsafe fn visible_slot<'a>(module: Word, key: &[u8]) -> Option<&'a mut Word> {
    if key.contains(&b'$') {
        return None;
    }
    unsafe { slot(module, key) }
}

unsafe fn setattr(_ts: *mut Thread, module: Word, name: Word, value: Word) -> i32 {
    let key = unsafe { str_::bytes(name) };
    if let Some(slot) = unsafe { visible_slot(module, key) } {
        *slot = value;
        return 0;
    }
    let obj = unsafe { cast::<ModuleObject>(module) };
    match obj
        .extra
        .iter_mut()
        .find(|(attr, _)| unsafe { str_::bytes(*attr) } == key)
    {
        Some(entry) => entry.1 = value,
        None => obj.extra.push((name, value)),
    }
    0
}

/// `del module.name`: a global becomes unbound (so the module's own code
/// then raises `NameError` for it), an extra attribute is removed.
///
/// # Safety
/// `module` must be a module and `name` a str.
pub unsafe fn delattr(ts: *mut Thread, module: Word, name: Word) -> i32 {
    let key = unsafe { str_::bytes(name) };
    if let Some(slot) = unsafe { visible_slot(module, key) }
        && *slot != 0
    {
        *slot = 0;
        return 0;
    }
    let obj = unsafe { cast::<ModuleObject>(module) };
    if let Some(idx) = obj
        .extra
        .iter()
        .position(|(attr, _)| unsafe { str_::bytes(*attr) } == key)
    {
        obj.extra.remove(idx);
        return 0;
    }
    let message = crate::attr::no_attribute(module, key);
    crate::error::raise_status(ts, &crate::types::exception::ATTRIBUTE_ERROR, &message)
}

/// `$import_from(module, name, path)`: the value `from module import name`
/// binds. A missing name is CPython's `ImportError` naming the module and
/// its file (`path`, None for a native module: "unknown location"), with
/// the `name` and `path` attributes set.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn import_from(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let &[module, name, path] = (unsafe { crate::calls::args::slice(args, nargs) }) else {
        return crate::error::system_error(ts, "bad $import_from call");
    };
    unsafe { ty_import_from(ts, module, name, path) }
}

/// `from module import name` (`path` is the module's file, or `None`): the
/// attribute, or CPython's `ImportError` when the module lacks it.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_import_from(
    ts: *mut Thread,
    module: Word,
    name: Word,
    path: Word,
) -> Word {
    let value = unsafe { crate::entry::ty_getattr(ts, module, name) };
    if value != 0 {
        return value;
    }
    let pending = unsafe { (*ts).exc };
    if !crate::object::is_instance(pending, &crate::types::exception::ATTRIBUTE_ERROR)
        || !crate::object::is_exact(module, &MODULE_TYPE)
    {
        return 0;
    }
    unsafe { (*ts).exc = 0 };
    let module_name = unsafe { cast::<ModuleObject>(module) }.name;
    let location = if path == crate::types::none::none() {
        "unknown location".to_string()
    } else {
        unsafe { str_::lossy(path) }
    };
    let partially = match unsafe { partially_initialized(module) } {
        true => "partially initialized module ",
        false => "",
    };
    let circular = match partially.is_empty() {
        true => "",
        false => " (most likely due to a circular import)",
    };
    let message = format!(
        "cannot import name '{}' from {partially}'{}'{circular} ({location})",
        unsafe { str_::lossy(name) },
        unsafe { str_::lossy(module_name) },
    );
    crate::error::raise(ts, &crate::types::exception::IMPORT_ERROR, &message);
    let exc = unsafe { (*ts).exc };
    if crate::types::exception::is_exception(exc) {
        let name_key = str_::new(ts, "name");
        let path_key = str_::new(ts, "path");
        if name_key == 0 || path_key == 0 {
            return 0;
        }
        let obj = unsafe { cast::<crate::types::exception::ExceptionObject>(exc) };
        obj.attrs.push((name_key, module_name));
        obj.attrs.push((path_key, path));
        unsafe { (*ts).exc = exc };
    }
    0
}

/// Whether the body of compiled module `module` is still running (CPython's
/// `__spec__._initializing`), as during a circular import.
///
/// # Safety
/// `module` must be a module.
unsafe fn partially_initialized(module: Word) -> bool {
    let state = unsafe { cast::<ModuleObject>(module) }.state;
    !state.is_null() && unsafe { *state } == 1
}

/// The bound globals of a module, in slot order, then the attributes set
/// from outside: (name, value). Hidden slots (names with `$`, which the
/// compiler uses for default values and the like) are left out.
///
/// # Safety
/// `module` must be a module.
pub unsafe fn bound_globals(module: Word) -> Vec<(Word, Word)> {
    let obj = unsafe { cast::<ModuleObject>(module) };
    let mut out = Vec::new();
    for idx in 0..obj.len {
        let (name, value) = unsafe { (*obj.names.add(idx), *obj.globals.add(idx)) };
        let key = unsafe { str_::bytes(name) };
        if value != 0 && !key.contains(&b'$') && !key.starts_with(b".") {
            out.push((name, value));
        }
    }
    out.extend(obj.extra.iter().copied());
    out
}

/// The names CPython's import system puts in a module's namespace, sorted.
///
/// # Safety
/// `module` must be a module.
pub unsafe fn standard_names(module: Word) -> &'static [&'static str] {
    let obj = unsafe { cast::<ModuleObject>(module) };
    if obj.native != 0 {
        return &[
            "__doc__",
            "__loader__",
            "__name__",
            "__package__",
            "__spec__",
        ];
    }
    if unsafe { str_::bytes(obj.name) } == b"__main__" {
        return &[
            "__annotations__",
            "__builtins__",
            "__cached__",
            "__doc__",
            "__file__",
            "__loader__",
            "__name__",
            "__package__",
            "__spec__",
        ];
    }
    &[
        "__builtins__",
        "__cached__",
        "__doc__",
        "__file__",
        "__loader__",
        "__name__",
        "__package__",
        "__spec__",
    ]
}

/// `globals()` of a module: a new dict with `__name__`, `__doc__` and the
/// bound globals in definition order (a snapshot: assigning into it does
/// not change the module).
///
/// # Safety
/// `module` must be a module.
pub unsafe fn namespace_dict(ts: *mut Thread, module: Word) -> Word {
    let obj = unsafe { cast::<ModuleObject>(module) };
    let d = crate::types::dict::new(ts);
    if d == 0 {
        return 0;
    }
    let pins = unsafe { gc::PinScope::new(ts) };
    pins.pin(d);
    let mut entries = vec![];
    let name_key = str_::new(ts, "__name__");
    pins.pin(name_key);
    entries.push((name_key, obj.name));
    let doc_key = str_::new(ts, "__doc__");
    pins.pin(doc_key);
    let doc = match unsafe { slot(module, b"__doc__") } {
        Some(value) if *value != 0 => *value,
        _ => crate::types::none::none(),
    };
    entries.push((doc_key, doc));
    if name_key == 0 || doc_key == 0 {
        return 0;
    }
    entries.extend(unsafe { bound_globals(module) });
    for (key, value) in entries {
        if unsafe { crate::types::dict::set(ts, d, key, value) } < 0 {
            return 0;
        }
    }
    d
}

/// `$import_star_get(module, name)`: a public global `from module import *`
/// copies, or `ITER_DONE` when the module has not bound it (CPython copies
/// only what the module's dict holds when the import runs).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn import_star_get(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let &[module, name] = (unsafe { crate::calls::args::slice(args, nargs) }) else {
        return crate::error::system_error(ts, "bad $import_star_get call");
    };
    if !crate::object::is_exact(module, &MODULE_TYPE) {
        return unsafe { crate::entry::ty_getattr(ts, module, name) };
    }
    let key = unsafe { str_::bytes(name) };
    if let Some(value) = unsafe { slot(module, key) } {
        return if *value != 0 {
            *value
        } else {
            typhon_abi::ITER_DONE
        };
    }
    let obj = unsafe { cast::<ModuleObject>(module) };
    obj.extra
        .iter()
        .find(|(attr, _)| unsafe { str_::bytes(*attr) } == key)
        .map_or(typhon_abi::ITER_DONE, |(_, value)| *value)
}
