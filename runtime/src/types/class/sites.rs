//! Per-site caches of attribute loads (`obj.name`), stores (`obj.name = v`)
//! and method calls (`obj.name(...)`).
//!
//! Generated code gives every such site `SITE_CACHE_SIZE` zeroed bytes of
//! its own (a [`SiteCache`]) and calls the `*_site` entries below with its
//! address. A cache remembers, for up to [`WAYS`] receiver types, what the
//! full attribute protocol found for the site's name: the value slot of an
//! instance attribute, the function of a method (called with the receiver
//! prepended, without making a bound method), a class attribute's value,
//! or a native method of a built-in type. A hit costs a few loads and
//! compares; a miss runs the full protocol and refills the entry.
//!
//! Entries hold only non-owning words (type pointers, functions and values
//! that their class's dict holds) and are valid while `CLASS_VERSION` is
//! the version they were filled at: every change to a class dict, every new
//! class and every growth of a class layout bumps it, so nothing an entry
//! points to can have been replaced or freed while the entry matches. What
//! an entry does not fix is checked on every hit against the receiver
//! itself: that its slot holds a value (instances without an attribute,
//! or whose attributes moved to a dict, miss) and, for class attributes,
//! that the instance does not shadow the name.
//!
//! Instances of a class that defines `__getattribute__` are never cached:
//! every load calls it.

use std::sync::atomic::Ordering::Relaxed;

use super::layout::{self, InstanceObject};
use super::{CLASS_VERSION, Dunder, class_of, descr, is_heap};
use crate::object::{NativeFn, TypeObject, Word, is_exact, is_small, type_of};
use crate::thread::Thread;
use crate::types::function::{self, FunctionObject};
use crate::types::module;
use crate::types::str as str_;

/// Receiver types a site remembers.
pub const WAYS: usize = 4;

/// What a site found for one receiver type.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Entry {
    /// The receiver's type, 0 for an empty entry.
    pub ty: usize,
    pub kind: u64,
    pub a: u64,
    pub b: u64,
}

/// The cache of one site.
#[repr(C)]
pub struct SiteCache {
    /// The `CLASS_VERSION` the entries were filled at.
    pub version: u64,
    /// Which entry the next fill of a full cache replaces.
    pub next: u64,
    pub entries: [Entry; WAYS],
}

const _: () = {
    use typhon_abi::site_layout as at;
    assert!(std::mem::size_of::<SiteCache>() == typhon_abi::SITE_CACHE_SIZE);
    assert!(std::mem::offset_of!(SiteCache, version) == at::VERSION as usize);
    assert!(std::mem::offset_of!(SiteCache, entries) == at::ENTRY as usize);
    assert!(std::mem::offset_of!(Entry, ty) == at::TY as usize);
    assert!(std::mem::offset_of!(Entry, kind) == at::KIND as usize);
    assert!(std::mem::offset_of!(Entry, a) == at::A as usize);
    assert!(std::mem::offset_of!(Entry, b) == at::B as usize);
    use typhon_abi::instance_layout as inst;
    assert!(std::mem::offset_of!(InstanceObject, dict) == inst::DICT as usize);
    assert!(std::mem::offset_of!(InstanceObject, values) == inst::VALUES as usize);
    assert!(std::mem::offset_of!(InstanceObject, cap) == inst::CAP as usize);
    assert!(std::mem::offset_of!(InstanceObject, used) == inst::USED as usize);
    let entry = typhon_abi::function_layout::ENTRY as usize;
    assert!(std::mem::offset_of!(FunctionObject, entry) == entry);
};

const EMPTY: Entry = Entry {
    ty: 0,
    kind: 0,
    a: 0,
    b: 0,
};

/// An instance attribute: `a` is its slot.
const SLOT: u64 = typhon_abi::site_layout::SLOT as u64;
/// A function on the class: `a` is the function, `b` the slot of the name
/// in the class layout ([`NO_SLOT`] when it has none), which must be empty.
const METHOD: u64 = typhon_abi::site_layout::METHOD as u64;
/// A class attribute read through an instance: `a` is the value, `b` as
/// for [`METHOD`].
const CLASS_VALUE: u64 = 3;
/// A native method of a built-in type (method calls only): `a` is the
/// `NativeFn`.
const NATIVE: u64 = typhon_abi::site_layout::NATIVE as u64;
/// An instance attribute in a raw float slot (`layout::RAW_KEY`): `a` is
/// its slot. Generated code leaves these to the runtime, which boxes on
/// read and unboxes on write.
const RAW_SLOT: u64 = 5;

/// A global of a module (loads only): `ty` is the module's address, not
/// a type's, and `a` the address of its slot, read at every hit (the
/// global may be rebound; 0 means unbound, a miss). A module's slots never
/// move: a compiled module's are its static globals array, a native one's
/// a buffer it owns for its life.
const MODULE_GLOBAL: u64 = 6;
const NO_SLOT: u64 = u64::MAX;

/// The entry for receiver type `ty`, if the cache is current.
#[inline]
fn find(cache: *mut SiteCache, ty: usize) -> Option<Entry> {
    let cache = unsafe { &*cache };
    if cache.version != CLASS_VERSION.load(Relaxed) {
        return None;
    }
    cache.entries.iter().find(|e| e.ty == ty).copied()
}

fn insert(cache: *mut SiteCache, entry: Entry) {
    let cache = unsafe { &mut *cache };
    let version = CLASS_VERSION.load(Relaxed);
    if cache.version != version {
        cache.entries = [EMPTY; WAYS];
        cache.version = version;
        cache.next = 0;
    }
    let idx = match cache
        .entries
        .iter()
        .position(|e| e.ty == entry.ty || e.ty == 0)
    {
        Some(idx) => idx,
        None => {
            cache.next = cache.next.wrapping_add(1);
            (cache.next % WAYS as u64) as usize
        }
    };
    cache.entries[idx] = entry;
}

/// The value in slot `idx` of an instance, 0 when it has none.
#[inline]
fn slot_value(inst: &InstanceObject, idx: u64) -> Word {
    if idx < inst.cap as u64 {
        unsafe { *inst.values.add(idx as usize) }
    } else {
        0
    }
}

/// Whether the instance has no attribute of its own in slot `shadow`
/// (and keeps its attributes in slots, so there is no dict to look in).
#[inline]
fn unshadowed(inst: &InstanceObject, shadow: u64) -> bool {
    inst.dict == 0 && slot_value(inst, shadow) == 0
}

/// `obj.name` at a site with cache `cache`.
///
/// # Safety
/// `ts` is the current thread, the words are valid and `cache` points to
/// the site's `SITE_CACHE_SIZE` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_getattr_site(
    ts: *mut Thread,
    obj: Word,
    name: Word,
    cache: *mut Word,
) -> Word {
    let cache = cache as *mut SiteCache;
    if is_exact(obj, &module::MODULE_TYPE) {
        return unsafe { module_global_site(ts, obj, name, cache) };
    }
    if !is_small(obj) {
        let ty = type_of(obj) as *const TypeObject as usize;
        if let Some(entry) = find(cache, ty) {
            let inst = unsafe { layout::instance(obj) };
            match entry.kind {
                SLOT => {
                    let value = slot_value(inst, entry.a);
                    if value != 0 {
                        return value;
                    }
                }
                RAW_SLOT => {
                    let value = slot_value(inst, entry.a);
                    if value != 0 {
                        return crate::types::float::new(ts, layout::raw_float(value));
                    }
                }
                METHOD if unshadowed(inst, entry.b) => {
                    return function::bind(ts, entry.a as Word, obj);
                }
                CLASS_VALUE if unshadowed(inst, entry.b) => return entry.a as Word,
                _ => {}
            }
        }
    }
    let result = unsafe { crate::attr::ty_getattr(ts, obj, name) };
    if result != 0
        && let Some(entry) = unsafe { instance_entry(ts, obj, name) }
    {
        insert(cache, entry);
    }
    result
}

/// `module.name` at a site: the global's slot, remembered by the module's
/// address, read without looking the name up; anything but a bound global
/// (an attribute set from outside, `__name__`, an error) takes the
/// module's own lookup.
///
/// # Safety
/// As [`ty_getattr_site`], with `module` a module.
unsafe fn module_global_site(
    ts: *mut Thread,
    module: Word,
    name: Word,
    cache: *mut SiteCache,
) -> Word {
    if let Some(entry) = find(cache, module as usize)
        && entry.kind == MODULE_GLOBAL
    {
        let value = unsafe { *(entry.a as *const Word) };
        if value != 0 {
            return value;
        }
    }
    let result = unsafe { crate::attr::ty_getattr(ts, module, name) };
    if result != 0
        && is_exact(name, &str_::STR_TYPE)
        && let Some(slot) = unsafe { module::visible_slot(module, str_::bytes(name)) }
        && *slot == result
    {
        let entry = Entry {
            ty: module as usize,
            kind: MODULE_GLOBAL,
            a: slot as *mut Word as u64,
            b: 0,
        };
        insert(cache, entry);
    }
    result
}

/// `obj.name = value` at a site with cache `cache`; 0, or -1 with an
/// exception pending.
///
/// # Safety
/// As [`ty_getattr_site`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_setattr_site(
    ts: *mut Thread,
    obj: Word,
    name: Word,
    value: Word,
    cache: *mut Word,
) -> i32 {
    let cache = cache as *mut SiteCache;
    if !is_small(obj) {
        let ty = type_of(obj) as *const TypeObject as usize;
        if let Some(entry) = find(cache, ty) {
            let inst = unsafe { layout::instance(obj) };
            let idx = entry.a;
            let value = match entry.kind {
                RAW_SLOT => layout::raw_word(value).unwrap_or(0),
                _ => value,
            };
            if idx < inst.cap as u64 && value != 0 {
                let slot = unsafe { &mut *inst.values.add(idx as usize) };
                if *slot != 0 {
                    *slot = value;
                    return 0;
                }
                if idx >= inst.used as u64 {
                    if idx > inst.used as u64 {
                        layout::note_holes();
                    }
                    *slot = value;
                    inst.used = idx as u32 + 1;
                    return 0;
                }
            }
        }
    }
    let status = unsafe { crate::attr::ty_setattr(ts, obj, name, value) };
    if status == 0
        && let Some(entry) = unsafe { store_entry(ts, obj, name) }
    {
        insert(cache, entry);
    }
    status
}

/// `obj.name(*args)` at a site with cache `cache`; `args` excludes `obj`.
///
/// # Safety
/// As [`ty_getattr_site`]; the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_call_method_site(
    ts: *mut Thread,
    obj: Word,
    name: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
    cache: *mut Word,
) -> Word {
    let cache = cache as *mut SiteCache;
    let ty = type_of(obj);
    let ty_word = ty as *const TypeObject as usize;
    if let Some(entry) = find(cache, ty_word) {
        let call = crate::calls::ty_call;
        match entry.kind {
            NATIVE => {
                let func: NativeFn = unsafe { std::mem::transmute(entry.a as usize) };
                return unsafe {
                    crate::calls::call_native_with_self(ts, func, obj, args, nargs, kwnames)
                };
            }
            METHOD if unshadowed(unsafe { layout::instance(obj) }, entry.b) => {
                return unsafe {
                    crate::calls::call_with_self(ts, entry.a as Word, obj, args, nargs, kwnames)
                };
            }
            CLASS_VALUE if unshadowed(unsafe { layout::instance(obj) }, entry.b) => {
                return unsafe { call(ts, entry.a as Word, args, nargs, kwnames) };
            }
            SLOT => {
                let value = slot_value(unsafe { layout::instance(obj) }, entry.a);
                if value != 0 {
                    return unsafe { call(ts, value, args, nargs, kwnames) };
                }
            }
            _ => {}
        }
    }
    // Filled before the call: the callee may change classes, and the entry
    // describes the state the slow path is about to act on.
    let entry = if is_heap(ty) {
        unsafe { instance_entry(ts, obj, name) }
    } else {
        native_entry(ty, name)
    };
    if let Some(entry) = entry {
        insert(cache, entry);
    }
    unsafe { crate::calls::ty_call_method(ts, obj, name, args, nargs, kwnames) }
}

/// What `obj.name` resolves to for every instance of `obj`'s class, when
/// that can be cached: `obj` must be an instance of a user class using the
/// instance layout, and the type must not have a data descriptor `name`.
unsafe fn instance_entry(ts: *mut Thread, obj: Word, name: Word) -> Option<Entry> {
    if is_small(obj) || !is_exact(name, &str_::STR_TYPE) {
        return None;
    }
    let ty = type_of(obj);
    if !is_heap(ty) {
        return None;
    }
    let cls = unsafe { class_of(ty) };
    if !super::instance::uses_instance_layout(cls)
        || cls.dunders[Dunder::GetAttribute as usize] != 0
    {
        return None;
    }
    let key = unsafe { str_::bytes(name) };
    if key == b"__dict__" || key == b"__class__" {
        return None;
    }
    let found = super::lookup(ts, ty, name);
    if found.is_some_and(descr::is_data_descriptor) {
        return None;
    }
    let shadow = layout::slot_of(cls, name).map_or(NO_SLOT, |idx| idx as u64);
    let inst = unsafe { layout::instance(obj) };
    let ty = ty as *const TypeObject as usize;
    if inst.dict == 0 && slot_value(inst, shadow) != 0 {
        return Some(Entry {
            ty,
            kind: if layout::is_raw(cls, shadow as usize) {
                RAW_SLOT
            } else {
                SLOT
            },
            a: shadow,
            b: 0,
        });
    }
    let value = found?;
    let value_ty = type_of(value);
    let (kind, a) = if std::ptr::eq(value_ty, &function::FUNCTION_TYPE) {
        (METHOD, value)
    } else if std::ptr::eq(value_ty, &descr::STATICMETHOD_TYPE) {
        (
            CLASS_VALUE,
            unsafe { crate::object::cast::<descr::WrapperObject>(value) }.func,
        )
    } else if descr::is_plain_value(value) {
        (CLASS_VALUE, value)
    } else {
        return None;
    };
    Some(Entry {
        ty,
        kind,
        a,
        b: shadow,
    })
}

/// The slot a store of `name` into instances of `obj`'s class goes to,
/// when it can be cached: no `__setattr__`, no data descriptor, a name
/// `__slots__` allows, and a slot in the class layout.
unsafe fn store_entry(ts: *mut Thread, obj: Word, name: Word) -> Option<Entry> {
    if is_small(obj) || !is_exact(name, &str_::STR_TYPE) {
        return None;
    }
    let ty = type_of(obj);
    if !is_heap(ty) {
        return None;
    }
    let cls = unsafe { class_of(ty) };
    if !super::instance::uses_instance_layout(cls) || cls.dunders[Dunder::SetAttr as usize] != 0 {
        return None;
    }
    let key = unsafe { str_::bytes(name) };
    if key == b"__dict__" || (cls.slot_names != 0 && !super::instance::is_slot(cls, key)) {
        return None;
    }
    if super::lookup(ts, ty, name).is_some_and(descr::is_data_descriptor) {
        return None;
    }
    let idx = layout::slot_of(cls, name)?;
    Some(Entry {
        ty: ty as *const TypeObject as usize,
        kind: if layout::is_raw(cls, idx) {
            RAW_SLOT
        } else {
            SLOT
        },
        a: idx as u64,
        b: 0,
    })
}

/// The native method `name` of built-in type `ty`, as `ty_call_method`
/// would call it.
fn native_entry(ty: &'static TypeObject, name: Word) -> Option<Entry> {
    if !is_exact(name, &str_::STR_TYPE) {
        return None;
    }
    let (_, func) = crate::attr::find_method(ty, unsafe { str_::bytes(name) })?;
    if ty.slots.getattr.is_some() && crate::attr::is_object_method(func) {
        return None;
    }
    Some(Entry {
        ty: ty as *const TypeObject as usize,
        kind: NATIVE,
        a: func as usize as u64,
        b: 0,
    })
}
