//! `list.sort`: a stable sort that only asks `<`, like CPython's.
//!
//! It follows the run structure of CPython's timsort: natural runs found
//! by `count_run` (strictly descending runs are reversed), short runs
//! extended to `minrun` by binary insertion, then stable merges of adjacent
//! runs. For lists shorter than 64 items this performs exactly CPython's
//! comparisons in the same order, so an inconsistent order (NaN) or a
//! failing comparison (`[1, 'a']`) gives the same result and the same error.
//! Merges do not gallop; that changes only which comparisons a long sort
//! makes, never the result for a consistent order.
//!
//! While sorting, the list is empty (as in CPython): a key function or a
//! comparison that mutates it is reported as "list modified during sort".
//! A failed comparison leaves the list a permutation of its items.

use super::{raw, with_capacity};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::exception::VALUE_ERROR;
use crate::types::none::none;
use crate::types::seq;

/// `(key, value)`: the key decides the order, the value is what the list holds.
type Pair = (Word, Word);

/// Below this length `minrun` is the length itself: one run, and pairs
/// kept on the stack.
const SHORT: usize = 64;

/// Sort a list in place, stably, using only `<` like CPython; `key` is 0 or
/// `None` for none. Returns 0, or -1 with an exception pending.
///
/// # Safety
/// `list` must be a list.
pub unsafe fn sort(ts: *mut Thread, list: Word, key: Word, reverse: bool) -> i32 {
    let no_key = key == 0 || key == none();
    if no_key && unsafe { raw(list) }.is_floats() {
        // Doubles without NaN are totally ordered and comparing them runs
        // no code: any stable sort gives CPython's result (`reverse` keeps
        // equal items, 0.0 and -0.0, in their order as CPython does).
        let as_f64 = |w: &Word| f64::from_bits(*w);
        let v = unsafe { raw(list) };
        if reverse {
            v.sort_by(|a, b| as_f64(b).partial_cmp(&as_f64(a)).expect("no NaN"));
        } else {
            v.sort_by(|a, b| as_f64(a).partial_cmp(&as_f64(b)).expect("no NaN"));
        }
        return 0;
    }
    unsafe { super::items(ts, list) };
    // The items and their keys live in temporary lists while sorting, so the
    // collector sees them.
    let values = with_capacity(ts, 0);
    if values == 0 {
        return -1;
    }
    let Some(taken) = (unsafe { raw(list).take(ts) }) else {
        return -1;
    };
    unsafe { *raw(values) = taken };
    let keys = if key == 0 || key == none() {
        values
    } else {
        unsafe { compute_keys(ts, values, key) }
    };
    if keys == 0 {
        // `values` holds a buffer, never embedded items.
        unsafe { *raw(list) = std::mem::replace(raw(values), super::Items::EMPTY) };
        return -1;
    }
    // A short list's pairs stay on the stack (`sorted(d.items())` of a few
    // items made a heap vector per call); the items are in `values` and
    // `keys`, where the collector sees them, either way.
    let mut inline = [(0, 0); SHORT];
    let mut spilled = Vec::new();
    let zipped = unsafe { raw(keys).iter().copied().zip(raw(values).iter().copied()) };
    let pairs: &mut [Pair] = if unsafe { raw(values) }.len() <= SHORT {
        let mut n = 0;
        for (slot, pair) in inline.iter_mut().zip(zipped) {
            *slot = pair;
            n += 1;
        }
        &mut inline[..n]
    } else {
        spilled.extend(zipped);
        &mut spilled
    };
    if reverse {
        pairs.reverse();
    }
    let mut less = |a: Word, b: Word| -> Result<bool, ()> {
        match unsafe { seq::lt(ts, a, b) } {
            r if r < 0 => Err(()),
            r => Ok(r == 1),
        }
    };
    let sorted = timsort(pairs, &mut less);
    if reverse {
        pairs.reverse();
    }
    let target = unsafe { raw(list) };
    let modified = target.capacity() != 0;
    // The pairs are a permutation of `values`' items: write them back there.
    let sorted_values = unsafe { raw(values) };
    for (slot, (_, value)) in sorted_values.iter_mut().zip(pairs.iter()) {
        *slot = *value;
    }
    *target = std::mem::replace(sorted_values, super::Items::EMPTY);
    match sorted {
        Err(()) => -1,
        Ok(()) if modified => {
            crate::error::raise_status(ts, &VALUE_ERROR, "list modified during sort")
        }
        Ok(()) => 0,
    }
}

/// A list of `key(item)` for every item; 0 with an exception pending.
unsafe fn compute_keys(ts: *mut Thread, values: Word, key: Word) -> Word {
    let keys = with_capacity(ts, unsafe { raw(values) }.len());
    if keys == 0 {
        return 0;
    }
    let mut idx = 0;
    while let Some(item) = unsafe { raw(values) }.get(idx).copied() {
        let k = unsafe { crate::entry::ty_call(ts, key, &item, 1, 0) };
        if k == 0 {
            return 0;
        }
        if !unsafe { raw(keys).push(ts, k) } {
            return 0;
        }
        idx += 1;
    }
    keys
}

type Less<'a> = dyn FnMut(Word, Word) -> Result<bool, ()> + 'a;

/// Sort `a` by its keys. On `Err` an exception is pending and `a` is still
/// a permutation of its input.
fn timsort(a: &mut [Pair], less: &mut Less) -> Result<(), ()> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    if n < SHORT {
        // One run, extended to the whole list by binary insertion (`minrun`
        // is `n` here): no run stack to allocate.
        let (len, descending) = count_run(a, less)?;
        if descending {
            a[..len].reverse();
        }
        return binary_sort(a, len, less);
    }
    let minrun = min_run(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(&a[lo..], less)?;
        if descending {
            a[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = minrun.min(n - lo);
            binary_sort(&mut a[lo..lo + force], len, less)?;
            len = force;
        }
        runs.push((lo, len));
        collapse(a, &mut runs, less)?;
        lo += len;
    }
    while runs.len() > 1 {
        let at = runs.len() - 2;
        merge_at(a, &mut runs, at, less)?;
    }
    Ok(())
}

/// CPython's `merge_compute_minrun`: `n` itself below 64, else a value in
/// 32..=64 making `n / minrun` close to a power of two.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `a`, and whether it is strictly
/// descending (then the caller reverses it; strictness keeps stability).
fn count_run(a: &[Pair], less: &mut Less) -> Result<(usize, bool), ()> {
    if a.len() < 2 {
        return Ok((a.len(), false));
    }
    let descending = less(a[1].0, a[0].0)?;
    let mut n = 2;
    while n < a.len() && less(a[n].0, a[n - 1].0)? == descending {
        n += 1;
    }
    Ok((n, descending))
}

/// Binary insertion sort of `a`, whose first `sorted` items are in order.
fn binary_sort(a: &mut [Pair], sorted: usize, less: &mut Less) -> Result<(), ()> {
    for start in sorted.max(1)..a.len() {
        let pivot = a[start].0;
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(pivot, a[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        a[l..=start].rotate_right(1);
    }
    Ok(())
}

/// Merge runs from the top of the stack while their lengths break
/// timsort's invariants, which keeps merges balanced.
fn collapse(a: &mut [Pair], runs: &mut Vec<(usize, usize)>, less: &mut Less) -> Result<(), ()> {
    while runs.len() > 1 {
        let mut n = runs.len() - 2;
        let len = |i: usize| runs[i].1;
        if (n > 0 && len(n - 1) <= len(n) + len(n + 1))
            || (n > 1 && len(n - 2) <= len(n - 1) + len(n))
        {
            if len(n - 1) < len(n + 1) {
                n -= 1;
            }
        } else if len(n) > len(n + 1) {
            break;
        }
        merge_at(a, runs, n, less)?;
    }
    Ok(())
}

/// Merge the adjacent runs `at` and `at + 1`.
fn merge_at(
    a: &mut [Pair],
    runs: &mut Vec<(usize, usize)>,
    at: usize,
    less: &mut Less,
) -> Result<(), ()> {
    let (start, len1) = runs[at];
    let len2 = runs[at + 1].1;
    runs[at].1 = len1 + len2;
    runs.remove(at + 1);
    let left: Vec<Pair> = a[start..start + len1].to_vec();
    let end = start + len1 + len2;
    let (mut i, mut j, mut k) = (0, start + len1, start);
    let mut status = Ok(());
    while i < left.len() && j < end {
        // Take from the right run only when strictly smaller: stability.
        match less(a[j].0, left[i].0) {
            Ok(true) => {
                a[k] = a[j];
                j += 1;
            }
            Ok(false) => {
                a[k] = left[i];
                i += 1;
            }
            Err(()) => {
                status = Err(());
                break;
            }
        }
        k += 1;
    }
    // What is left of the left run fills the gap before the unmerged rest
    // of the right run, which is already in place.
    let rest = &left[i..];
    a[k..k + rest.len()].copy_from_slice(rest);
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small(v: i64) -> Word {
        crate::object::small(v).unwrap_or(1)
    }

    /// Sort small ints by `key_of(value)` and return the values in order.
    fn check(input: &[i64], key_of: fn(i64) -> i64, expected: &[i64]) {
        let mut pairs: Vec<Pair> = input
            .iter()
            .map(|v| (small(key_of(*v)), small(*v)))
            .collect();
        let mut less = |a: Word, b: Word| -> Result<bool, ()> {
            Ok(crate::object::small_value(a) < crate::object::small_value(b))
        };
        assert!(timsort(&mut pairs, &mut less).is_ok());
        let got: Vec<i64> = pairs
            .iter()
            .map(|p| crate::object::small_value(p.1))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn small_sorts() {
        check(&[3, 1, 2], |v| v, &[1, 2, 3]);
        check(&[], |v| v, &[]);
        check(&[5, 4, 3, 2, 1], |v| v, &[1, 2, 3, 4, 5]);
        // sorted([13, 2, 23, 4, 15, 6], key=lambda v: v % 10) keeps 13 before 23.
        check(&[13, 2, 23, 4, 15, 6], |v| v % 10, &[2, 13, 23, 4, 15, 6]);
    }

    #[test]
    fn long_sort_is_stable() {
        // 1000 items keyed by v % 7: every merge path runs.
        let input: Vec<i64> = (0..1000).map(|i| (i * 7919) % 1000).collect();
        let mut expected = input.clone();
        expected.sort_by_key(|v| v % 7);
        check(&input, |v| v % 7, &expected);
        let mut plain = input.clone();
        plain.sort();
        check(&input, |v| v, &plain);
    }

    #[test]
    fn min_run_matches_cpython() {
        assert_eq!(
            (
                min_run(63),
                min_run(64),
                min_run(65),
                min_run(1000),
                min_run(2112)
            ),
            (63, 32, 33, 63, 33)
        );
    }
}
