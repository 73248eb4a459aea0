//! The four normalization forms (UAX #15): full canonical or compatibility
//! decomposition, canonical ordering by combining class, and canonical
//! composition for NFC and NFKC; Hangul syllables are (de)composed
//! arithmetically, as the standard defines them.

use super::tables::{combining, compose, decomposition};

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = L_COUNT * V_COUNT * T_COUNT;

/// `text` in form 0 (NFC), 1 (NFD), 2 (NFKC) or 3 (NFKD).
pub fn normalize(text: &[u32], form: u32) -> Vec<u32> {
    let compat = form >= 2;
    let mut out = Vec::with_capacity(text.len());
    for &cp in text {
        decompose(&mut out, cp, compat);
    }
    reorder(&mut out);
    if form.is_multiple_of(2) {
        compose_all(&out)
    } else {
        out
    }
}

fn decompose(out: &mut Vec<u32>, cp: u32, compat: bool) {
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let index = cp - S_BASE;
        out.push(L_BASE + index / (V_COUNT * T_COUNT));
        out.push(V_BASE + index % (V_COUNT * T_COUNT) / T_COUNT);
        if !index.is_multiple_of(T_COUNT) {
            out.push(T_BASE + index % T_COUNT);
        }
        return;
    }
    match decomposition(cp) {
        Some((tag, parts)) if tag == 0 || compat => {
            for part in parts {
                decompose(out, part, compat);
            }
        }
        _ => out.push(cp),
    }
}

/// Canonical ordering: each run of non-starters sorted, stably, by class.
fn reorder(cps: &mut [u32]) {
    let mut start = 0;
    while start < cps.len() {
        if combining(cps[start]) == 0 {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < cps.len() && combining(cps[end]) != 0 {
            end += 1;
        }
        cps[start..end].sort_by_key(|cp| combining(*cp));
        start = end;
    }
}

fn compose_pair(first: u32, second: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&first) && (V_BASE..V_BASE + V_COUNT).contains(&second) {
        let lv = (first - L_BASE) * V_COUNT + (second - V_BASE);
        return Some(S_BASE + lv * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&first)
        && (first - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&second)
    {
        return Some(first + (second - T_BASE));
    }
    compose(first, second)
}

/// Canonical composition of a decomposed, ordered sequence: a character
/// joins the last starter unless a character between them has a class of
/// 0 or at least its own.
fn compose_all(cps: &[u32]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(cps.len());
    let mut starter: Option<usize> = None;
    for &cp in cps {
        let class = combining(cp);
        if let Some(at) = starter {
            let last = *out.last().unwrap_or(&0);
            let adjacent = out.len() == at + 1;
            let unblocked = adjacent || (combining(last) != 0 && combining(last) < class);
            if unblocked && let Some(composite) = compose_pair(out[at], cp) {
                out[at] = composite;
                continue;
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        out.push(cp);
    }
    out
}
