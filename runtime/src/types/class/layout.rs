//! Shared-key storage of instance attributes (CPython's split-table dicts,
//! the hidden classes of JavaScript engines).
//!
//! Each class keeps an append-only *layout*: the attribute names its
//! instances have been given, in the order they first appeared, so a name's
//! position (its slot) is fixed for the life of the class. An instance
//! stores just its values, one word per slot (0 for a slot it has no value
//! in), right after its header, or in a separate values array once it needs
//! more slots than it was allocated with. Instances allocated once the
//! layout has settled get exactly the slots they need, which is what makes a
//! small instance smaller than CPython's.
//!
//! The values are kept so that slot order is always the instance's
//! insertion order: a new attribute may only go to a slot after every slot
//! holding a value. An instance about to break that (a name added in another
//! order than its class's layout, a deleted attribute added again, more
//! than [`MAX_LAYOUT`] names, a non-`str` name) or whose `__dict__` is asked
//! for moves its attributes to an ordinary dict, in order, and keeps using
//! that dict from then on (`InstanceObject::dict`). `vars(obj)` and
//! `obj.__dict__` thus show CPython's contents and order.
//!
//! A class the compiler knows the attributes of gets its layout up front
//! ([`seed_layout`], before any instance exists), so generated code can
//! read and write those attributes at fixed slots. Seeding can also mark
//! slots *raw*: the slot of an attribute inference proved is always a
//! float holds the float's bits XOR [`RAW_KEY`] instead of a pointer to a
//! box (0 keeps meaning "no value"; the one float whose bits equal the key
//! is stored by moving the instance to a dict instead). Every generic path
//! here boxes a raw slot on read, unboxes on write, and a write of
//! anything but a float (or of that one float) moves the instance's
//! attributes to a dict, so a wrong inference can cost speed, never
//! memory safety; the trace skips raw slots (`ClassObject::raw`).
//!
//! Growing a layout bumps `CLASS_VERSION`, so attribute-site caches that
//! remember "this name is not an instance attribute of this class" (methods,
//! class attributes) are rechecked.

use std::sync::atomic::{AtomicU8, Ordering};

use super::{CLASS_VERSION, ClassObject};
use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast, is_exact};
use crate::thread::Thread;
use crate::types::{dict, float, list, str as str_};

/// See the module doc: a raw slot holds a float's bits XOR this.
pub const RAW_KEY: u64 = typhon_abi::instance_layout::RAW_KEY as u64;

/// The most names a class layout holds (CPython's limit for shared keys).
pub const MAX_LAYOUT: usize = 30;

/// Nonzero once some instance has had an empty slot below its `used` (an
/// attribute deleted before the last one, or stored past an empty slot);
/// never cleared. While it is 0, every instance holds a value in each slot
/// below its `used`, so generated code checks `used` once per instance
/// instead of testing every slot it reads (`codegen/field_guard.rs`).
/// Every path that stores past `used` or empties a slot keeps it true.
#[unsafe(export_name = "TY_SLOT_HOLES")]
pub static SLOT_HOLES: AtomicU8 = AtomicU8::new(0);

/// Record that an instance has (or is about to have) an empty slot below
/// its `used`.
#[cold]
pub fn note_holes() {
    SLOT_HOLES.store(1, Ordering::Relaxed);
}

/// An instance of a class whose solid base is `object`. The value slots
/// follow the struct when `values` points just past it.
#[repr(C)]
pub struct InstanceObject {
    pub header: Header,
    /// 0 while the attributes live in the value slots; the attribute dict
    /// once the instance has left its class's layout.
    pub dict: Word,
    /// The value slots: inline (just after this struct) or the words of a
    /// [`VALUES_TYPE`] object.
    pub values: *mut Word,
    /// How many value slots `values` has (0 once `dict` is set).
    pub cap: u32,
    /// One past the last slot holding a value: a new attribute may only go
    /// to a slot at or after it.
    pub used: u32,
}

/// Byte offset of the inline value slots (and of the `dict`, `values`,
/// `cap` and `used` fields, for generated code).
pub const INLINE_VALUES: usize = std::mem::size_of::<InstanceObject>();

// Generated code allocates instances in line with these offsets.
const _: () = {
    use typhon_abi::instance_layout as abi;
    assert!(INLINE_VALUES == abi::INLINE_VALUES as usize);
    assert!(std::mem::offset_of!(InstanceObject, dict) == abi::DICT as usize);
    assert!(std::mem::offset_of!(InstanceObject, values) == abi::VALUES as usize);
    assert!(std::mem::offset_of!(InstanceObject, cap) == abi::CAP as usize);
    assert!(std::mem::offset_of!(InstanceObject, used) == abi::USED as usize);
};

/// Out-of-line value slots of an instance that outgrew its inline ones.
/// The instance traces the words; this object only has to stay alive.
pub static VALUES_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "instance values",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: crate::methods::Methods::EMPTY,
};

const HEADER_SIZE: usize = std::mem::size_of::<Header>();

fn inline_ptr(obj: Word) -> *mut Word {
    (obj as usize + INLINE_VALUES) as *mut Word
}

/// The instance `obj` as an [`InstanceObject`].
///
/// # Safety
/// `obj` must be an instance of a class using the instance layout.
#[inline]
pub unsafe fn instance<'a>(obj: Word) -> &'a mut InstanceObject {
    unsafe { cast::<InstanceObject>(obj) }
}

/// The value slots of `inst`.
#[inline]
pub fn values(inst: &mut InstanceObject) -> &mut [Word] {
    unsafe { std::slice::from_raw_parts_mut(inst.values, inst.cap as usize) }
}

/// Trace function of `object`-based instances (the generic protocol; the
/// collector's marker calls [`each_word`] itself, without a call per word).
///
/// # Safety
/// `obj` must be an instance.
pub unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    unsafe { each_word(obj, visit) }
}

/// Call `visit` with every word instance `obj` holds: its dict, the values
/// of its slots that are not raw, and its out-of-line values object. The
/// non-raw slots are walked as the set bits of a mask, so an instance of
/// floats only (every slot raw) costs no loop at all.
///
/// # Safety
/// `obj` must be an instance.
#[inline(always)]
pub unsafe fn each_word(obj: *mut Header, mut visit: impl FnMut(Word)) {
    // `obj` is a heap object, so its type is in its header.
    let raw = unsafe { super::class_of((*obj).ty) }.raw;
    let inst = unsafe { instance(obj as Word) };
    if inst.dict != 0 {
        visit(inst.dict);
    }
    let cap = inst.cap as usize;
    let values = inst.values;
    let low = if cap < 64 {
        (1u64 << cap) - 1
    } else {
        u64::MAX
    };
    let mut words = low & !raw;
    while words != 0 {
        let idx = words.trailing_zeros() as usize;
        words &= words - 1;
        let value = unsafe { *values.add(idx) };
        if value != 0 {
            visit(value);
        }
    }
    for idx in 64..cap {
        let value = unsafe { *values.add(idx) };
        if value != 0 {
            visit(value);
        }
    }
    if !values.is_null() && values != inline_ptr(obj as Word) {
        visit(values as Word - HEADER_SIZE as Word);
    }
}

/// A new instance of `ty` (whose class is `cls`) without attributes, with
/// as many inline slots as its class's layout has names.
pub fn new(ts: *mut Thread, ty: &'static TypeObject, cls: &ClassObject) -> Word {
    let cap = layout_len(cls);
    let obj = unsafe { gc::alloc(ts, INLINE_VALUES + 8 * cap, ty) };
    if obj.is_null() {
        return 0;
    }
    let word = obj as Word;
    let inst = unsafe { instance(word) };
    inst.values = inline_ptr(word);
    inst.cap = cap as u32;
    word
}

fn layout_len(cls: &ClassObject) -> usize {
    if cls.layout == 0 {
        0
    } else {
        unsafe { list::raw(cls.layout) }.len()
    }
}

/// Whether slot `idx` of `cls`'s instances holds raw floats.
#[inline]
pub fn is_raw(cls: &ClassObject, idx: usize) -> bool {
    idx < 64 && cls.raw >> idx & 1 != 0
}

/// The float a non-zero raw slot word stands for.
#[inline]
pub fn raw_float(word: Word) -> f64 {
    f64::from_bits(word ^ RAW_KEY)
}

/// The raw slot word for `value`, when it is a float that has one.
#[inline]
pub fn raw_word(value: Word) -> Option<Word> {
    if !float::is_float(value) || !is_exact(value, &float::FLOAT_TYPE) {
        return None;
    }
    let word = unsafe { float::value(value) }.to_bits() ^ RAW_KEY;
    (word != 0).then_some(word)
}

/// The object slot `idx` of an instance of `cls` stands for (a new float
/// for a raw slot); 0 for none, or with an exception pending.
fn slot_object(ts: *mut Thread, cls: &ClassObject, idx: usize, word: Word) -> Word {
    if word != 0 && is_raw(cls, idx) {
        float::new(ts, raw_float(word))
    } else {
        word
    }
}

/// `$seed_layout(cls, raw_mask, *names)`: give class `cls` (just made,
/// no instance has attributes yet) the layout the compiler computed, with
/// the slots in `raw_mask` raw. A class whose layout is already different
/// means a typhon bug (generated code has the slots built in): abort.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn seed_layout(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let args = unsafe { crate::calls::args::slice(argv, nargs) };
    let fail = |why: &str| -> ! {
        eprintln!("typhon: internal error: $seed_layout: {why}");
        std::process::abort();
    };
    let [cls, mask, names @ ..] = args else {
        fail("bad arguments");
    };
    let ty = *cls as *const TypeObject;
    if !crate::object::is_instance(*cls, &crate::types::type_::TYPE_TYPE) || !super::is_heap(ty) {
        fail("not a class");
    }
    let cls = unsafe { super::class_of(&*ty) };
    // A `__slots__` class already has its slots reserved, in the order
    // the compiler seeds them (checked below).
    if !super::instance::uses_instance_layout(cls) {
        fail("class without the instance layout");
    }
    let existing: Vec<Word> = if cls.layout == 0 {
        Vec::new()
    } else {
        unsafe { list::raw(cls.layout) }.to_vec()
    };
    for (idx, name) in names.iter().enumerate() {
        if !is_exact(*name, &str_::STR_TYPE) || names.len() > MAX_LAYOUT {
            fail("bad name");
        }
        match existing.get(idx) {
            Some(old) if unsafe { str_::bytes(*old) == str_::bytes(*name) } => {}
            Some(_) => fail("the class layout grew before its seed"),
            None => {
                if let Err(()) = slot_or_append(ts, cls, *name) {
                    return 0;
                }
            }
        }
    }
    if crate::object::is_small(*mask) {
        cls.raw = crate::object::small_value(*mask) as u64;
    }
    cls.seeded = true;
    crate::types::none::none()
}

/// The slot of `name` in `cls`'s layout.
#[inline]
pub fn slot_of(cls: &ClassObject, name: Word) -> Option<usize> {
    if cls.layout == 0 {
        return None;
    }
    let names = unsafe { list::raw(cls.layout) };
    if let Some(idx) = names.iter().position(|n| *n == name) {
        return Some(idx);
    }
    let key = unsafe { str_::bytes(name) };
    names.iter().position(|n| unsafe { str_::bytes(*n) } == key)
}

/// The slot of `name` in `cls`'s layout, appending it when the layout has
/// room; `None` when it has not (or `name` is not an exact str).
fn slot_or_append(ts: *mut Thread, cls: &mut ClassObject, name: Word) -> Result<Option<usize>, ()> {
    if !is_exact(name, &str_::STR_TYPE) {
        return Ok(None);
    }
    if let Some(idx) = slot_of(cls, name) {
        return Ok(Some(idx));
    }
    if cls.layout == 0 {
        let layout = list::new(ts, Vec::new());
        if layout == 0 {
            return Err(());
        }
        cls.layout = layout;
    }
    let names = unsafe { list::raw(cls.layout) };
    if names.len() >= MAX_LAYOUT {
        return Ok(None);
    }
    if !unsafe { names.push(ts, name) } {
        return Err(());
    }
    CLASS_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(Some(names.len() - 1))
}

/// Add the `__slots__` names of a class to its layout up front, so every
/// instance gets a slot for each.
pub fn reserve(ts: *mut Thread, cls: &mut ClassObject, names: &[Word]) -> Result<(), ()> {
    for name in names {
        let key = unsafe { str_::bytes(*name) };
        if key != b"__dict__" && key != b"__weakref__" {
            slot_or_append(ts, cls, *name)?;
        }
    }
    Ok(())
}

/// The instance's own value for `name`: `Ok(None)` when it has none,
/// `Err(())` with an exception pending (a failing `__eq__` of a dict key).
///
/// # Safety
/// `obj` is an instance of `cls`, which uses the instance layout; `name` is
/// a str.
pub unsafe fn get(
    ts: *mut Thread,
    cls: &ClassObject,
    obj: Word,
    name: Word,
) -> Result<Option<Word>, ()> {
    let inst = unsafe { instance(obj) };
    if inst.dict != 0 {
        return unsafe { dict::get(ts, inst.dict, name) };
    }
    let Some(idx) = slot_of(cls, name) else {
        return Ok(None);
    };
    match values(inst).get(idx) {
        Some(word) if *word != 0 => match slot_object(ts, cls, idx, *word) {
            0 => Err(()),
            value => Ok(Some(value)),
        },
        _ => Ok(None),
    }
}

/// Store `value` as the instance's own attribute `name`; 0, or -1 with an
/// exception pending.
///
/// # Safety
/// As [`get`].
pub unsafe fn set(
    ts: *mut Thread,
    cls: &mut ClassObject,
    obj: Word,
    name: Word,
    value: Word,
) -> i32 {
    let inst = unsafe { instance(obj) };
    if inst.dict == 0 {
        let idx = match slot_or_append(ts, cls, name) {
            Err(()) => return -1,
            Ok(idx) => idx,
        };
        // A raw slot takes only a float that has a raw word.
        let word = match idx {
            Some(idx) if is_raw(cls, idx) => raw_word(value),
            _ => Some(value),
        };
        if let (Some(idx), Some(value)) = (idx, word) {
            let cap = inst.cap as usize;
            if idx < cap && values(inst)[idx] != 0 {
                values(inst)[idx] = value;
                return 0;
            }
            if idx >= inst.used as usize {
                if idx >= cap && unsafe { grow(ts, obj, idx + 1) }.is_err() {
                    return -1;
                }
                if idx > inst.used as usize {
                    note_holes();
                }
                values(inst)[idx] = value;
                inst.used = idx as u32 + 1;
                return 0;
            }
            // Below `used`: an attribute stored out of layout order (a
            // subclass's own before its base's) or deleted and stored
            // again; only a seeded class may keep it in its slot.
            if cls.seeded && idx < cap {
                values(inst)[idx] = value;
                return 0;
            }
        }
        if unsafe { to_dict(ts, cls, obj) } == 0 {
            return -1;
        }
    }
    unsafe { dict::set(ts, inst.dict, name, value) }
}

/// Remove the instance's own attribute `name`: whether it had one.
///
/// # Safety
/// As [`get`].
pub unsafe fn delete(
    ts: *mut Thread,
    cls: &ClassObject,
    obj: Word,
    name: Word,
) -> Result<bool, ()> {
    let inst = unsafe { instance(obj) };
    if inst.dict != 0 {
        return unsafe { dict::del(ts, inst.dict, name) }.map(|old| old.is_some());
    }
    let Some(idx) = slot_of(cls, name) else {
        return Ok(false);
    };
    let mut used = inst.used as usize;
    let slots = values(inst);
    if idx >= slots.len() || slots[idx] == 0 {
        return Ok(false);
    }
    slots[idx] = 0;
    if idx + 1 < used {
        note_holes();
    }
    while used > 0 && slots[used - 1] == 0 {
        used -= 1;
    }
    inst.used = used as u32;
    Ok(true)
}

/// The instance's attribute dict, made from its slots (in order) the first
/// time; the instance keeps using it from then on. 0 with an exception
/// pending.
///
/// # Safety
/// As [`get`].
pub unsafe fn dict_of(ts: *mut Thread, cls: &ClassObject, obj: Word) -> Word {
    let inst = unsafe { instance(obj) };
    if inst.dict != 0 {
        return inst.dict;
    }
    unsafe { to_dict(ts, cls, obj) }
}

/// Replace the instance's attributes by dict `d` (`obj.__dict__ = d`).
///
/// # Safety
/// `obj` is an instance using the instance layout and `d` a dict.
pub unsafe fn replace_dict(obj: Word, d: Word) {
    let inst = unsafe { instance(obj) };
    unsafe { leave_slots(obj) };
    inst.dict = d;
}

/// Move the attributes to a new dict, in slot order; the dict, or 0 with an
/// exception pending.
unsafe fn to_dict(ts: *mut Thread, cls: &ClassObject, obj: Word) -> Word {
    let d = dict::new(ts);
    if d == 0 {
        return 0;
    }
    let inst = unsafe { instance(obj) };
    let names: &[Word] = if cls.layout == 0 {
        &[]
    } else {
        unsafe { list::raw(cls.layout) }
    };
    for (idx, name) in names.iter().enumerate() {
        let word = values(unsafe { instance(obj) })
            .get(idx)
            .copied()
            .unwrap_or(0);
        if word == 0 {
            continue;
        }
        let value = slot_object(ts, cls, idx, word);
        if value == 0 || unsafe { dict::set(ts, d, *name, value) } < 0 {
            return 0;
        }
    }
    unsafe { leave_slots(obj) };
    inst.dict = d;
    d
}

/// Forget the value slots (their values are elsewhere now).
unsafe fn leave_slots(obj: Word) {
    let inst = unsafe { instance(obj) };
    values(inst).fill(0);
    inst.values = inline_ptr(obj);
    inst.cap = 0;
    inst.used = 0;
}

/// Give the instance at least `need` slots, out of line.
unsafe fn grow(ts: *mut Thread, obj: Word, need: usize) -> Result<(), ()> {
    let old_cap = unsafe { instance(obj) }.cap as usize;
    let cap = need.max((old_cap * 2).min(MAX_LAYOUT)).max(4);
    let array = unsafe { gc::alloc(ts, HEADER_SIZE + 8 * cap, &VALUES_TYPE) };
    if array.is_null() {
        return Err(());
    }
    let inst = unsafe { instance(obj) };
    let words = (array as usize + HEADER_SIZE) as *mut Word;
    unsafe { std::ptr::copy_nonoverlapping(inst.values, words, old_cap) };
    inst.values = words;
    inst.cap = cap as u32;
    Ok(())
}
