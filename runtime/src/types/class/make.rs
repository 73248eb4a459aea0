//! Creating classes (`$build_class`, what a `class` statement runs) and the
//! attribute protocol of class objects (`Point.x`, `Point.count = 0`).

use super::{ClassObject, DUNDER_COUNT, class_of, dunder_name, is_heap, lookup_from, mro_of};
use crate::calls::args::Args;
use crate::error::type_error;
use crate::object::{Header, Slots, TypeObject, Word, is_instance};
use crate::thread::Thread;
use crate::types::{dict, none, object, str as str_, tuple, type_};

/// `$build_class(name, qualname, module, bases, namespace[, metaclass],
/// **keywords)`: the class a `class` statement creates from its evaluated
/// bases and the namespace its body filled. The metaclass (from
/// `$prepare_class`) is called with the keywords when it is not `type`;
/// otherwise they go to `__init_subclass__`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn build_class(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    // With a metaclass (any class with bases or keywords), `$prepare_class`
    // already replaced the bases by their `__mro_entries__` and hands the
    // original tuple as the last argument.
    let (name, qualname, module, bases, namespace, meta) = match call.positional {
        [name, qualname, module, bases, namespace] => {
            (*name, *qualname, *module, *bases, *namespace, 0)
        }
        [name, qualname, module, bases, namespace, meta, original] => {
            // `$prepare_class` resolved the bases; the namespace keeps the
            // ones the statement named when they differ.
            if *original != *bases {
                let key = str_::new(ts, "__orig_bases__");
                if key == 0
                    || unsafe { crate::entry::ty_setitem(ts, *namespace, key, *original) } < 0
                {
                    return 0;
                }
            }
            (*name, *qualname, *module, *bases, *namespace, *meta)
        }
        _ => return crate::error::system_error(ts, "bad $build_class call"),
    };
    // `class A(**options)` hands every keyword over in one mapping,
    // `metaclass` included, which `$prepare_class` already used.
    let (names, values): (Vec<Word>, Vec<Word>) = call
        .names
        .iter()
        .zip(call.values)
        .filter(|(name, _)| unsafe { str_::bytes(**name) } != b"metaclass")
        .map(|(name, value)| (*name, *value))
        .unzip();
    let keywords = super::meta::Keywords {
        names: &names,
        values: &values,
    };
    if meta != 0 && meta != none::none() && meta != type_::TYPE_TYPE.as_word() {
        return unsafe {
            super::meta::call_metaclass(ts, meta, [name, qualname, bases, namespace], keywords)
        };
    }
    // A class body may set its own `__module__` (`class Error(Exception):
    // __module__ = "_csv"`), as CPython's `type.__new__` reads it from there.
    let module = match unsafe { super::dict_get_str(namespace, b"__module__") } {
        Some(own) if str_::is_str(own) => own,
        _ => module,
    };
    let parts = [name, qualname, module, bases, namespace];
    unsafe { new_class(ts, &type_::TYPE_TYPE, parts, keywords) }
}

/// What `type.__new__(mcs, ...)` does: the class `name` (with `qualname`,
/// `module`, `bases`), an instance of `mcs`, over `namespace`, which
/// becomes its dict; `keywords` go to `__init_subclass__`.
///
/// # Safety
/// `mcs` derives from `type`; `namespace` is a dict and `bases` a tuple.
pub unsafe fn new_class(
    ts: *mut Thread,
    mcs: &'static TypeObject,
    [name, qualname, module, bases, namespace]: [Word; 5],
    keywords: super::meta::Keywords,
) -> Word {
    let mut base_types: Vec<*const TypeObject> = Vec::new();
    for base in unsafe { tuple::items(bases) } {
        if !is_instance(*base, &type_::TYPE_TYPE) {
            return type_error(ts, "bases must be types");
        }
        let ty = *base as *const TypeObject;
        if !is_heap(ty) && super::builtin_base::check_base(ts, ty).is_err() {
            return 0;
        }
        if base_types.contains(&ty) {
            let message = format!("duplicate base class {}", unsafe { (*ty).name });
            return type_error(ts, &message);
        }
        base_types.push(ty);
    }
    if base_types.is_empty() {
        base_types.push(&object::OBJECT_TYPE);
    }
    let Some(solid) = solid_of(&base_types) else {
        return type_error(ts, "multiple bases have instance lay-out conflict");
    };
    let mut mro = match linearise(&base_types) {
        Ok(mro) => mro,
        Err(blocked) => {
            let names: Vec<&str> = blocked.iter().map(|ty| unsafe { (**ty).name }).collect();
            let message = format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            );
            return type_error(ts, &message);
        }
    };
    let slot_names = match unsafe { slot_names(ts, namespace, &base_types) } {
        Ok(names) => names,
        Err(()) => return 0,
    };
    // A class that defines `__eq__` without `__hash__` is unhashable.
    if unsafe { super::dict_get_str(namespace, b"__eq__") }.is_some()
        && unsafe { super::dict_get_str(namespace, b"__hash__") }.is_none()
    {
        let key = str_::new(ts, "__hash__");
        if key == 0 || unsafe { dict::set(ts, namespace, key, none::none()) } < 0 {
            return 0;
        }
    }
    if unsafe { implicit_classmethod(ts, namespace) }.is_err() {
        return 0;
    }
    unsafe { super::descr::set_names(namespace) };
    let solid_ty = unsafe { &*solid };
    let (trace, finalize) = if std::ptr::eq(solid, &object::OBJECT_TYPE) {
        (Some(super::layout::trace as crate::object::TraceFn), None)
    } else if super::builtin_base::is_builtin_solid(solid) {
        let trace = super::builtin_base::trace as crate::object::TraceFn;
        (Some(trace), solid_ty.finalize)
    } else {
        (solid_ty.trace, solid_ty.finalize)
    };
    let leaked_name: &'static str = Box::leak(unsafe { str_::lossy(name) }.into_boxed_str());
    let obj = unsafe { crate::gc::alloc(ts, std::mem::size_of::<ClassObject>(), mcs) };
    if obj.is_null() {
        return 0;
    }
    let word = obj as Word;
    mro.insert(0, word as *const TypeObject);
    let mro_words: Vec<Word> = mro.iter().map(|ty| *ty as Word).collect();
    let mro_tuple = tuple::new(ts, &mro_words);
    if mro_tuple == 0 {
        return 0;
    }
    let value = ClassObject {
        ty: TypeObject {
            header: Header { ty: mcs, gc: 0 },
            name: leaked_name,
            base: base_types[0],
            trace,
            finalize,
            slots: Slots::EMPTY,
            methods: crate::methods::Methods::EMPTY,
        },
        dict: namespace,
        bases: if unsafe { tuple::items(bases) }.is_empty() {
            let object_word = (&object::OBJECT_TYPE as *const TypeObject) as Word;
            tuple::new(ts, &[object_word])
        } else {
            bases
        },
        mro: mro_tuple,
        qualname,
        module,
        solid,
        slot_names,
        dunders: [0; DUNDER_COUNT],
        cache: [(0, 0); super::CACHE_SIZE],
        cache_version: 0,
        layout: 0,
        raw: 0,
        seeded: false,
        typed: false,
        subclasses: 0,
    };
    unsafe { std::ptr::write(obj as *mut ClassObject, value) };
    // A new class may sit where a collected one was: site caches keyed by
    // its address must not match it.
    super::CLASS_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let cls = unsafe { class_of(word as *const TypeObject) };
    if cls.bases == 0 {
        return 0;
    }
    if slot_names != 0
        && super::layout::reserve(ts, cls, unsafe { tuple::items(slot_names) }).is_err()
    {
        return 0;
    }
    refresh(cls);
    if !note_subclass(ts, word) {
        return 0;
    }
    if unsafe { run_class_hooks(ts, word, namespace, keywords) }.is_err() {
        return 0;
    }
    word
}

/// Add the new class `word` to the `subclasses` list of each of its user
/// class bases; false with `MemoryError` pending.
fn note_subclass(ts: *mut Thread, word: Word) -> bool {
    let cls = unsafe { class_of(word as *const TypeObject) };
    for base in unsafe { tuple::items(cls.bases) }.to_vec() {
        if !is_heap(base as *const TypeObject) {
            continue;
        }
        let base = unsafe { class_of(base as *const TypeObject) };
        let mut known = match base.subclasses {
            0 => Vec::new(),
            held => unsafe { tuple::items(held) }.to_vec(),
        };
        known.push(word);
        let held = tuple::new(ts, &known);
        if held == 0 {
            return false;
        }
        base.subclasses = held;
    }
    true
}

/// `C.__subclasses__()`: the classes created with `C` among their bases.
unsafe extern "C" fn subclasses_method(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { crate::calls::args::Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "__subclasses__") || !call.count(ts, "__subclasses__", 1, 1) {
        return 0;
    }
    let this = call.positional[0];
    if !is_heap(this as *const TypeObject) {
        return crate::types::list::new(ts, Vec::new());
    }
    match unsafe { class_of(this as *const TypeObject) }.subclasses {
        0 => crate::types::list::new(ts, Vec::new()),
        held => crate::types::list::from_slice(ts, unsafe { tuple::items(held) }),
    }
}

/// PEP 560: a base that is not a class but has `__mro_entries__`
/// (`Generic[T]`, a typing alias) is replaced by the classes that method
/// returns for the original bases (`bases` itself when nothing changes).
/// `None` with an exception pending on failure.
///
/// # Safety
/// `bases` must be a tuple.
pub unsafe fn resolve_mro_entries(ts: *mut Thread, bases: Word) -> Option<Word> {
    let original = unsafe { tuple::items(bases) };
    if original.iter().all(|b| is_instance(*b, &type_::TYPE_TYPE)) {
        return Some(bases);
    }
    let hook_name = str_::new(ts, "__mro_entries__");
    if hook_name == 0 {
        return None;
    }
    let mut resolved = Vec::new();
    for base in original {
        if is_instance(*base, &type_::TYPE_TYPE) {
            resolved.push(*base);
            continue;
        }
        let hook = unsafe { crate::entry::ty_getattr(ts, *base, hook_name) };
        if hook == 0 {
            unsafe { (*ts).exc = 0 };
            resolved.push(*base);
            continue;
        }
        let entries = unsafe { crate::calls::ty_call(ts, hook, &bases, 1, 0) };
        if entries == 0 {
            return None;
        }
        if !crate::object::is_instance(entries, &tuple::TUPLE_TYPE) {
            type_error(ts, "__mro_entries__ must return a tuple");
            return None;
        }
        resolved.extend_from_slice(unsafe { tuple::items(entries) });
    }
    let new_bases = tuple::new(ts, &resolved);
    if new_bases == 0 {
        None
    } else {
        Some(new_bases)
    }
}

/// `__init_subclass__` and `__class_getitem__` defined as plain functions
/// are classmethods, and `__new__` a staticmethod, as CPython's
/// `type.__new__` makes them.
unsafe fn implicit_classmethod(ts: *mut Thread, namespace: Word) -> Result<(), ()> {
    let implicit: [(&str, &'static TypeObject); 3] = [
        ("__init_subclass__", &super::descr::CLASSMETHOD_TYPE),
        ("__class_getitem__", &super::descr::CLASSMETHOD_TYPE),
        ("__new__", &super::descr::STATICMETHOD_TYPE),
    ];
    for (name, wrapper) in implicit {
        let Some(hook) = (unsafe { super::dict_get_str(namespace, name.as_bytes()) }) else {
            continue;
        };
        if !crate::object::is_exact(hook, &crate::types::function::FUNCTION_TYPE) {
            continue;
        }
        let wrapped = super::descr::new_wrapper(ts, wrapper, &hook, 1, 0);
        let key = str_::new(ts, name);
        if wrapped == 0 || key == 0 || unsafe { dict::set(ts, namespace, key, wrapped) } < 0 {
            return Err(());
        }
    }
    Ok(())
}

/// What `type.__new__` runs once the class exists: `__set_name__` of the
/// namespace's values whose class defines it (with the class and the
/// name), then the nearest base's `__init_subclass__` with the class
/// keywords (object's does nothing and takes none).
unsafe fn run_class_hooks(
    ts: *mut Thread,
    cls: Word,
    namespace: Word,
    keywords: super::meta::Keywords,
) -> Result<(), ()> {
    let set_name = str_::new(ts, "__set_name__");
    if set_name == 0 {
        return Err(());
    }
    // A snapshot of the items: the hooks may change the namespace.
    let mut words = Vec::new();
    let mut pos = 0;
    while let Some(entry) = unsafe { dict::next_entry(namespace, &mut pos) } {
        words.extend([entry.key, entry.value]);
    }
    let items = tuple::new(ts, &words);
    if items == 0 {
        return Err(());
    }
    for pair in unsafe { tuple::items(items) }.chunks(2) {
        let ty = crate::object::type_of(pair[1]);
        if is_heap(ty) && super::lookup(ts, ty, set_name).is_some() {
            let args = [cls, pair[0]];
            let done =
                unsafe { super::instance::call_method(ts, pair[1], set_name, args.as_ptr(), 2, 0) };
            if done == 0 {
                return Err(());
            }
        }
    }
    let mro: Vec<*const TypeObject> = unsafe { tuple::items(class_of(cls as _).mro) }
        .iter()
        .map(|w| *w as *const TypeObject)
        .collect();
    if let Some((hook, _)) = lookup_from(&mro, 1, b"__init_subclass__") {
        let bound = unsafe { super::descr::get_from_class(ts, hook, cls) };
        let kwnames = keywords.kwnames(ts);
        if bound == 0 || kwnames == 0 || unsafe { keywords.call(ts, bound, &[], kwnames) } == 0 {
            return Err(());
        }
    } else if !keywords.names.is_empty() {
        let message = format!(
            "{}.__init_subclass__() takes no keyword arguments",
            unsafe { str_::lossy(class_of(cls as _).qualname) }
        );
        type_error(ts, &message);
        return Err(());
    }
    Ok(())
}

/// The solid base of a class with `bases`: the most derived of their
/// layouts, `None` when two are unrelated.
fn solid_of(bases: &[*const TypeObject]) -> Option<*const TypeObject> {
    let mut best: *const TypeObject = &object::OBJECT_TYPE;
    for base in bases {
        let candidate = super::solid_base(*base);
        let (c, b) = unsafe { (&*candidate, &*best) };
        if c.is_subtype(best) {
            best = candidate;
        } else if !b.is_subtype(candidate) {
            // Every exception type shares one layout (an exception
            // group's is the widest): `class E(ValueError, KeyError)`.
            let exception = &crate::types::exception::BASE_EXCEPTION;
            if !(c.is_subtype(exception) && b.is_subtype(exception)) {
                return None;
            }
            if c.is_subtype(&crate::types::exception::group::BASE_EXCEPTION_GROUP) {
                best = candidate;
            }
        }
    }
    Some(best)
}

/// C3 linearisation of `bases` (the class itself excluded); when no
/// consistent order exists, the heads that could not be placed (CPython
/// names them in its error).
fn linearise(
    bases: &[*const TypeObject],
) -> Result<Vec<*const TypeObject>, Vec<*const TypeObject>> {
    let mut sequences: Vec<Vec<*const TypeObject>> = bases.iter().map(|b| mro_of(*b)).collect();
    sequences.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        sequences.retain(|seq| !seq.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let found = sequences.iter().map(|seq| seq[0]).find(|candidate| {
            !sequences
                .iter()
                .any(|seq| seq[1..].iter().any(|ty| std::ptr::eq(*ty, *candidate)))
        });
        let Some(head) = found else {
            let mut blocked: Vec<*const TypeObject> = Vec::new();
            for seq in &sequences {
                if !blocked.contains(&seq[0]) {
                    blocked.push(seq[0]);
                }
            }
            return Err(blocked);
        };
        result.push(head);
        for seq in &mut sequences {
            if std::ptr::eq(seq[0], head) {
                seq.remove(0);
            }
        }
    }
}

/// The attribute names `__slots__` allows instances (own and inherited), or
/// 0 when instances have a dict.
unsafe fn slot_names(
    ts: *mut Thread,
    namespace: Word,
    bases: &[*const TypeObject],
) -> Result<Word, ()> {
    let Some(declared) = (unsafe { super::dict_get_str(namespace, b"__slots__") }) else {
        return Ok(0);
    };
    let mut names: Vec<Word> = if str_::is_str(declared) {
        vec![declared]
    } else {
        match unsafe { crate::calls::args::collect(ts, declared) } {
            Some(items) => items,
            None => return Err(()),
        }
    };
    for name in &names {
        if !str_::is_str(*name) {
            let message = format!(
                "__slots__ items must be strings, not '{}'",
                crate::object::type_of(*name).name
            );
            type_error(ts, &message);
            return Err(());
        }
    }
    for base in bases {
        if !is_heap(*base) {
            continue;
        }
        let inherited = unsafe { class_of(*base) }.slot_names;
        if inherited == 0 {
            return Ok(0);
        }
        names.extend_from_slice(unsafe { tuple::items(inherited) });
    }
    let tuple = tuple::new(ts, &names);
    if tuple == 0 { Err(()) } else { Ok(tuple) }
}

/// Recompute the cached dunders and the slots of `cls` from its MRO.
pub fn refresh(cls: &mut ClassObject) {
    let mro = mro_of(&cls.ty);
    for idx in 0..DUNDER_COUNT {
        let name = dunder_name(idx);
        cls.dunders[idx] = find_dunder(&mro, idx, name.as_bytes());
    }
    cls.ty.slots = super::slots::compute(cls);
}

/// [`refresh`] `cls` and every class created with it in its MRO: a special
/// method stored on (or deleted from) a class after its subclasses were
/// made is theirs too (`Base.__setattr__ = hook`).
fn refresh_with_subclasses(cls: &mut ClassObject) {
    refresh(cls);
    if cls.subclasses == 0 {
        return;
    }
    for sub in unsafe { tuple::items(cls.subclasses) }.to_vec() {
        refresh_with_subclasses(unsafe { class_of(sub as *const TypeObject) });
    }
}

/// The special method `name` (cached dunder `idx`) along `mro`: the first
/// class dict defining it, unless a built-in type before it provides the
/// method itself (`class N(str, Mixin)` compares as a str), which leaves
/// the slot to the solid base (0).
fn find_dunder(mro: &[*const TypeObject], idx: usize, name: &[u8]) -> Word {
    for ty in mro {
        if is_heap(*ty) {
            if let Some(value) = unsafe { super::dict_get_str(class_of(*ty).dict, name) } {
                return value;
            }
        } else if !std::ptr::eq(*ty, &object::OBJECT_TYPE)
            && super::builtin_base::static_provides(unsafe { &**ty }, idx, name)
        {
            return 0;
        }
    }
    0
}

/// `Point.name` for a user class.
///
/// # Safety
/// `cls_word` must be a heap type and `name` a str.
pub unsafe fn class_getattr(ts: *mut Thread, cls_word: Word, name: Word) -> Word {
    let ty = cls_word as *const TypeObject;
    let cls = unsafe { class_of(ty) };
    let key = unsafe { str_::bytes(name) };
    match key {
        b"__name__" => return str_::new(ts, cls.ty.name),
        b"__qualname__" => return cls.qualname,
        b"__module__" => return cls.module,
        b"__mro__" => return cls.mro,
        b"__bases__" => return cls.bases,
        b"__base__" => return cls.ty.base as Word,
        b"__dict__" => return unsafe { dict::copy(ts, cls.dict) },
        _ => {}
    }
    let mro = mro_of(ty);
    if let Some((value, _)) = lookup_from(&mro, 0, key) {
        return unsafe { super::descr::get_from_class(ts, value, cls_word) };
    }
    if key == b"__doc__" {
        return none::none();
    }
    if key == b"__class__" {
        return crate::object::type_of(cls_word) as *const TypeObject as Word;
    }
    if key == b"__subclasses__" {
        let method = subclasses_method;
        return crate::types::function::bind_native(ts, cls_word, "__subclasses__", method);
    }
    if key == b"__new__" {
        // The first built-in type along the MRO makes the instances.
        if let Some(owner) = mro.iter().find(|ty| !is_heap(**ty)) {
            let new = super::builtin_base::static_new;
            return crate::types::function::bind_native(ts, *owner as Word, "__new__", new);
        }
    }
    if let Some((method_name, func)) = crate::attr::find_method(&cls.ty, key) {
        if crate::attr::is_class_method(unsafe { &*cls.solid }, method_name) {
            return crate::types::function::bind_native(ts, cls_word, method_name, func);
        }
        return crate::types::function::descriptor(ts, unsafe { &*cls.solid }, method_name, func);
    }
    if let Some((method_name, func)) = super::builtin_base::slot_method(unsafe { &*cls.solid }, key)
    {
        return crate::types::function::descriptor(ts, unsafe { &*cls.solid }, method_name, func);
    }
    let message = format!(
        "type object '{}' has no attribute '{}'",
        cls.ty.name,
        String::from_utf8_lossy(key)
    );
    crate::error::attribute_error(ts, &message)
}

/// `Point.name = value`: stored in the class dict; a special method
/// refreshes the class's slots.
///
/// # Safety
/// `cls_word` must be a heap type and `name` a str.
pub unsafe fn class_setattr(ts: *mut Thread, cls_word: Word, name: Word, value: Word) -> i32 {
    let cls = unsafe { class_of(cls_word as *const TypeObject) };
    if unsafe { dict::set(ts, cls.dict, name, value) } < 0 {
        return -1;
    }
    super::CLASS_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let key = unsafe { str_::bytes(name) };
    if key == b"__module__" {
        cls.module = value;
    }
    if key.starts_with(b"__") && key.ends_with(b"__") {
        refresh_with_subclasses(cls);
    }
    0
}

/// `del Point.name`: removed from the class dict, which invalidates every
/// class's attribute cache; a special method refreshes the class's slots.
///
/// # Safety
/// `cls_word` must be a heap type and `name` a str.
pub unsafe fn class_delattr(ts: *mut Thread, cls_word: Word, name: Word) -> i32 {
    let cls = unsafe { class_of(cls_word as *const TypeObject) };
    let key = unsafe { str_::bytes(name) };
    if matches!(key, b"__name__" | b"__qualname__") {
        let message = format!(
            "cannot delete '{}' attribute of immutable type '{}'",
            String::from_utf8_lossy(key),
            cls.ty.name
        );
        return crate::error::raise_status(ts, &crate::types::exception::TYPE_ERROR, &message);
    }
    match unsafe { dict::del(ts, cls.dict, name) } {
        Err(()) => return -1,
        Ok(None) => {
            let message = format!(
                "type object '{}' has no attribute '{}'",
                cls.ty.name,
                String::from_utf8_lossy(key)
            );
            let error = &crate::types::exception::ATTRIBUTE_ERROR;
            return crate::error::raise_status(ts, error, &message);
        }
        Ok(Some(_)) => {}
    }
    super::CLASS_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    if key.starts_with(b"__") && key.ends_with(b"__") {
        refresh_with_subclasses(cls);
    }
    0
}

/// `<class '__main__.Point'>`.
///
/// # Safety
/// `cls_word` must be a heap type.
pub unsafe fn class_repr(ts: *mut Thread, cls_word: Word) -> Word {
    let cls = unsafe { class_of(cls_word as *const TypeObject) };
    let module = unsafe { str_::lossy(cls.module) };
    let qualname = unsafe { str_::lossy(cls.qualname) };
    let text = if module == "builtins" {
        format!("<class '{qualname}'>")
    } else {
        format!("<class '{module}.{qualname}'>")
    };
    str_::new(ts, &text)
}
