//! The integer functions of `math`: `gcd`, `lcm`, `factorial`, `comb`,
//! `perm`, `isqrt`, exact on big integers, with CPython's messages.

use super::{all_args, fixed_args, one_arg, to_bigint};
use crate::calls::args::Args;
use crate::error::{overflow_error, value_error};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::{int, none};

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub(super) unsafe extern "C" fn gcd(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(args) = (unsafe { all_args(ts, "gcd", argv, n, kw) }) else {
        return 0;
    };
    let mut res = BigInt::zero();
    for arg in args {
        let Some(value) = to_bigint(ts, *arg) else {
            return 0;
        };
        res = res.gcd(&value);
    }
    int::from_bigint(ts, res)
}

pub(super) unsafe extern "C" fn lcm(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(args) = (unsafe { all_args(ts, "lcm", argv, n, kw) }) else {
        return 0;
    };
    let mut res = BigInt::one();
    for arg in args {
        let Some(value) = to_bigint(ts, *arg) else {
            return 0;
        };
        res = if res.is_zero() || value.is_zero() {
            BigInt::zero()
        } else {
            (&res / res.gcd(&value) * value).abs()
        };
    }
    int::from_bigint(ts, res)
}

pub(super) unsafe extern "C" fn factorial(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, "factorial", argv, n, kw) }) else {
        return 0;
    };
    factorial_of(ts, arg)
}

fn factorial_of(ts: *mut Thread, arg: Word) -> Word {
    let Some(value) = to_bigint(ts, arg) else {
        return 0;
    };
    if value.is_negative() {
        return value_error(ts, "factorial() not defined for negative values");
    }
    let Some(count) = value.to_i64() else {
        return overflow_error(
            ts,
            "factorial() argument should not exceed 9223372036854775807",
        );
    };
    int::from_bigint(ts, product_range(1, count as u64 + 1))
}

/// `lo * (lo + 1) * ... * (hi - 1)`, splitting the range in halves so the
/// big multiplications have operands of similar size.
fn product_range(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut res = BigInt::one();
        for factor in lo..hi {
            res *= factor;
        }
        return res;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid, hi)
}

/// `n` and `k` of `comb` / `perm`, checked non-negative.
fn n_and_k(ts: *mut Thread, n: Word, k: Word) -> Option<(BigInt, BigInt)> {
    let n = to_bigint(ts, n)?;
    let k = to_bigint(ts, k)?;
    if n.is_negative() {
        value_error(ts, "n must be a non-negative integer");
        return None;
    }
    if k.is_negative() {
        value_error(ts, "k must be a non-negative integer");
        return None;
    }
    Some((n, k))
}

pub(super) unsafe extern "C" fn comb(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([n, k]) = (unsafe { fixed_args::<2>(ts, "comb", argv, n, kw) }) else {
        return 0;
    };
    let Some((n, k)) = n_and_k(ts, n, k) else {
        return 0;
    };
    if k > n {
        return int::from_i64(ts, 0);
    }
    let k = std::cmp::min(&n - &k, k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return overflow_error(ts, "min(n - k, k) must not exceed 9223372036854775807");
    };
    let mut res = BigInt::one();
    for step in 0..k {
        res = res * (&n - step) / (step + 1);
    }
    int::from_bigint(ts, res)
}

pub(super) unsafe extern "C" fn perm(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let call = unsafe { Args::new(argv, n, kw) };
    if !call.no_keywords(ts, "math.perm") || !call.count(ts, "perm", 1, 2) {
        return 0;
    }
    let n = call.positional[0];
    let k = match call.positional.get(1) {
        Some(k) if *k != none::none() => *k,
        _ => return factorial_of(ts, n),
    };
    let Some((n, k)) = n_and_k(ts, n, k) else {
        return 0;
    };
    if k > n {
        return int::from_i64(ts, 0);
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return overflow_error(ts, "k must not exceed 9223372036854775807");
    };
    let mut res = BigInt::one();
    for step in 0..k {
        res *= &n - step;
    }
    int::from_bigint(ts, res)
}

pub(super) unsafe extern "C" fn isqrt(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, "isqrt", argv, n, kw) }) else {
        return 0;
    };
    let Some(value) = to_bigint(ts, arg) else {
        return 0;
    };
    if value.is_negative() {
        return value_error(ts, "isqrt() argument must be nonnegative");
    }
    int::from_bigint(ts, value.sqrt())
}
