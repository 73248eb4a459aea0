//! The `_random` module: the Mersenne Twister (MT19937) core that
//! `stdlib/random.py` builds on, bit for bit CPython's `_random.Random`:
//! seeding by `init_by_array` over an int's 32-bit words, 53-bit floats from
//! two outputs, `getrandbits` filling 32-bit words from the least
//! significant end, and the state as 624 words plus a position.
//!
//! The state is an opaque object (`new_state()`); `random.py`'s `Random`
//! class keeps it in an attribute and passes it to these functions.

use crate::calls::args::positional;
use crate::error::{type_error, value_error};
use crate::gc::PinScope;
use crate::object::{Header, Slots, TypeObject, Word, cast, is_exact};
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{float, int, none, tuple};

use num_bigint::{BigInt, Sign};

const N: usize = 624;
const M: usize = 397;

#[repr(C)]
struct StateObject {
    header: Header,
    index: usize,
    words: [u32; N],
}

static STATE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "_random.State",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        hash: Some(crate::types::object::identity_hash_slot),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("new_state", new_state),
    BuiltinFunctionObject::new_static("seed", seed),
    BuiltinFunctionObject::new_static("seed_bytes", seed_bytes),
    BuiltinFunctionObject::new_static("seed_from_os", seed_from_os),
    BuiltinFunctionObject::new_static("random", random),
    BuiltinFunctionObject::new_static("getrandbits", getrandbits),
    BuiltinFunctionObject::new_static("getstate", getstate),
    BuiltinFunctionObject::new_static("setstate", setstate),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_random", FUNCTIONS)
}

impl StateObject {
    fn init_genrand(&mut self, seed: u32) {
        self.words[0] = seed;
        for idx in 1..N {
            let prev = self.words[idx - 1];
            self.words[idx] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(idx as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.words[i - 1];
            self.words[i] = (self.words[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.words[0] = self.words[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.words[i - 1];
            self.words[i] = (self.words[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.words[0] = self.words[N - 1];
                i = 1;
            }
        }
        self.words[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn twist(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
        for kk in 0..N {
            let y = (self.words[kk] & UPPER) | (self.words[(kk + 1) % N] & LOWER);
            self.words[kk] = self.words[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }
}

/// The state argument, checked.
fn state_arg<'a>(ts: *mut Thread, w: Word) -> Option<&'a mut StateObject> {
    if crate::object::is_small(w) || !is_exact(w, &STATE_TYPE) {
        type_error(ts, "expected a _random state");
        return None;
    }
    Some(unsafe { cast::<StateObject>(w) })
}

unsafe extern "C" fn new_state(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    if unsafe { positional::<0>(ts, "new_state", argv, n, kw) }.is_none() {
        return 0;
    }
    let mut state = StateObject {
        header: Header::new_static(&STATE_TYPE),
        index: N,
        words: [0; N],
    };
    state.init_genrand(5489);
    unsafe { crate::gc::alloc_value(ts, &STATE_TYPE, state) }
}

/// `seed(state, n)`: `init_by_array` over the 32-bit words of `abs(n)`,
/// least significant first (`[0]` for 0).
unsafe extern "C" fn seed(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state, value]) = (unsafe { positional::<2>(ts, "seed", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = state_arg(ts, state) else {
        return 0;
    };
    if !int::is_int(value) {
        return type_error(ts, "seed must be an int");
    }
    let (_, mut key) = unsafe { int::to_bigint(value) }.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    state.init_by_array(&key);
    none::none()
}

/// `seed_bytes(state, data)`: the seed CPython derives from a `str` (its
/// UTF-8 bytes) or `bytes` seed, `int.from_bytes(data + sha512(data))`.
unsafe extern "C" fn seed_bytes(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state, data]) = (unsafe { positional::<2>(ts, "seed_bytes", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = state_arg(ts, state) else {
        return 0;
    };
    if !crate::types::bytes::is_bytes(data) {
        return type_error(ts, "seed_bytes expects bytes");
    }
    let mut material = unsafe { crate::types::bytes::data(data) }.to_vec();
    material.extend_from_slice(&super::sha512::digest(&material));
    let (_, mut key) = BigInt::from_bytes_be(Sign::Plus, &material).to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    state.init_by_array(&key);
    none::none()
}

/// `seed_from_os(state)`: 624 words of the system's entropy, or the clock
/// and process id when it has none.
unsafe extern "C" fn seed_from_os(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state]) = (unsafe { positional::<1>(ts, "seed_from_os", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = state_arg(ts, state) else {
        return 0;
    };
    let mut bytes = vec![0u8; N * 4];
    let read = std::fs::File::open("/dev/urandom")
        .and_then(|mut file| std::io::Read::read_exact(&mut file, &mut bytes));
    let key: Vec<u32> = if read.is_ok() {
        bytes
            .chunks_exact(4)
            .map(|chunk| u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]))
            .collect()
    } else {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        vec![nanos as u32, (nanos >> 32) as u32, std::process::id()]
    };
    state.init_by_array(&key);
    none::none()
}

/// `random(state)`: a float in [0, 1) with 53 random bits.
unsafe extern "C" fn random(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state]) = (unsafe { positional::<1>(ts, "random", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = state_arg(ts, state) else {
        return 0;
    };
    let a = state.next_u32() >> 5;
    let b = state.next_u32() >> 6;
    let value = (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0);
    float::new(ts, value)
}

/// `getrandbits(state, k)`: an int of `k` random bits.
unsafe extern "C" fn getrandbits(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state, bits]) = (unsafe { positional::<2>(ts, "getrandbits", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = state_arg(ts, state) else {
        return 0;
    };
    let Some(mut bits) = (unsafe { int::index_value(ts, bits, "") }) else {
        return 0;
    };
    if bits < 0 {
        return value_error(ts, "number of bits must be non-negative");
    }
    if bits == 0 {
        return int::from_i64(ts, 0);
    }
    if bits <= 32 {
        let value = state.next_u32() >> (32 - bits);
        return int::from_i64(ts, i64::from(value));
    }
    let mut words = Vec::with_capacity((bits as usize).div_ceil(32));
    while bits > 0 {
        let mut word = state.next_u32();
        if bits < 32 {
            word >>= 32 - bits;
        }
        words.push(word);
        bits -= 32;
    }
    int::from_bigint(ts, BigInt::from_slice(Sign::Plus, &words))
}

/// `getstate(state)`: the 624 words and the position, as a tuple of ints.
unsafe extern "C" fn getstate(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state]) = (unsafe { positional::<1>(ts, "getstate", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = state_arg(ts, state) else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    let mut items = Vec::with_capacity(N + 1);
    for word in state.words.iter() {
        let item = pins.pin(int::from_i64(ts, i64::from(*word)));
        if item == 0 {
            return 0;
        }
        items.push(item);
    }
    let index = pins.pin(int::from_i64(ts, state.index as i64));
    if index == 0 {
        return 0;
    }
    items.push(index);
    tuple::new(ts, &items)
}

/// `setstate(state, words)`: the inverse of `getstate`, with CPython's
/// checks.
unsafe extern "C" fn setstate(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state, saved]) = (unsafe { positional::<2>(ts, "setstate", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = state_arg(ts, state) else {
        return 0;
    };
    if !crate::object::is_instance(saved, &tuple::TUPLE_TYPE) {
        return type_error(ts, "state vector must be a tuple");
    }
    let items = unsafe { tuple::items(saved) };
    if items.len() != N + 1 {
        return value_error(ts, "state vector is the wrong size");
    }
    let mut words = [0u32; N];
    for (slot, item) in words.iter_mut().zip(items) {
        let value = int::view(*item).and_then(|v| v.to_i64());
        match value.and_then(|v| u32::try_from(v).ok()) {
            Some(v) => *slot = v,
            None => return type_error(ts, "state vector items must be 32-bit ints"),
        }
    }
    let index = int::view(items[N]).and_then(|v| v.to_i64());
    match index {
        Some(index) if (0..=N as i64).contains(&index) => {
            state.words = words;
            state.index = index as usize;
            none::none()
        }
        _ => value_error(ts, "invalid state"),
    }
}
