//! Character names: `name(cp)` and `lookup(name)` over `names.bin` (names
//! as word numbers, and ranges named by a prefix and the code point in hex),
//! with Hangul syllables named from their jamo as the standard defines.
//! Lookup matches the stored names case-insensitively, but the computed
//! CJK unified ideograph and Hangul names exactly, as CPython does.

use super::tables::{u16_at, u32_at};
use std::collections::HashMap;
use std::sync::OnceLock;

static NAMES: &[u8] = include_bytes!("names.bin");

const S_BASE: u32 = 0xAC00;
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];
const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH";

/// Where each part of `names.bin` starts.
struct Layout {
    words: usize,
    word_offsets: usize,
    entries: usize,
    entry_count: usize,
    ranges: usize,
    range_count: usize,
    tokens: usize,
    token_count: usize,
    blob: usize,
}

fn layout() -> Layout {
    let words = u32_at(NAMES, 0) as usize;
    let entry_count = u32_at(NAMES, 4) as usize;
    let range_count = u32_at(NAMES, 8) as usize;
    let word_offsets = 16;
    let entries = word_offsets + (words + 1) * 4;
    let ranges = entries + (entry_count + 1) * 8;
    let token_count = u32_at(NAMES, ranges + range_count * 12) as usize;
    let tokens = ranges + range_count * 12 + 4;
    Layout {
        words,
        word_offsets,
        entries,
        entry_count,
        ranges,
        range_count,
        tokens,
        token_count,
        blob: tokens + token_count * 2,
    }
}

impl Layout {
    /// The words of tokens `from..to`, joined by spaces.
    fn text(&self, from: usize, to: usize) -> String {
        let mut out = String::new();
        for token in from..to {
            let word = u16_at(NAMES, self.tokens + token * 2) as usize;
            debug_assert!(word < self.words);
            let start = u32_at(NAMES, self.word_offsets + word * 4) as usize;
            let end = u32_at(NAMES, self.word_offsets + word * 4 + 4) as usize;
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(
                std::str::from_utf8(&NAMES[self.blob + start..self.blob + end]).unwrap_or(""),
            );
        }
        out
    }

    fn entry(&self, index: usize) -> (u32, usize, usize) {
        let at = self.entries + index * 8;
        (
            u32_at(NAMES, at),
            u32_at(NAMES, at + 4) as usize,
            u32_at(NAMES, at + 12) as usize,
        )
    }

    /// Range `index`: its first and last code points.
    fn range(&self, index: usize) -> (u32, u32) {
        let at = self.ranges + index * 12;
        (u32_at(NAMES, at), u32_at(NAMES, at + 4))
    }

    /// The prefix of the names of range `index`.
    fn prefix(&self, index: usize) -> String {
        let at = self.ranges + index * 12;
        let end = if index + 1 < self.range_count {
            u32_at(NAMES, at + 12 + 8) as usize
        } else {
            self.token_count
        };
        self.text(u32_at(NAMES, at + 8) as usize, end)
    }
}

/// The name of `cp`, as `unicodedata.name` gives it.
pub fn name(cp: u32) -> Option<String> {
    if (S_BASE..S_BASE + 11172).contains(&cp) {
        let index = (cp - S_BASE) as usize;
        let (l, v, t) = (index / 588, index % 588 / 28, index % 28);
        return Some(format!(
            "{HANGUL_PREFIX}{}{}{}",
            JAMO_L[l], JAMO_V[v], JAMO_T[t]
        ));
    }
    let table = layout();
    for index in 0..table.range_count {
        let (first, last) = table.range(index);
        if (first..=last).contains(&cp) {
            return Some(format!("{}-{cp:04X}", table.prefix(index)));
        }
    }
    // Binary search by code point; the entry after holds the end of the
    // tokens (the last entry's is the count stored after the entries).
    let (mut lo, mut hi) = (0, table.entry_count);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let (found, from, to) = table.entry(mid);
        match found.cmp(&cp) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(table.text(from, to)),
        }
    }
    None
}

/// Every stored name (upper case) to its code point, made at the first
/// lookup.
fn stored_names() -> &'static HashMap<String, u32> {
    static MAP: OnceLock<HashMap<String, u32>> = OnceLock::new();
    MAP.get_or_init(|| {
        let table = layout();
        (0..table.entry_count)
            .map(|index| {
                let (cp, from, to) = table.entry(index);
                (table.text(from, to), cp)
            })
            .collect()
    })
}

/// The longest of `names` that starts `text` (the empty name matches).
fn longest(text: &str, names: &[&str]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (index, candidate) in names.iter().enumerate() {
        if text.starts_with(candidate) && best.is_none_or(|(_, len)| candidate.len() > len) {
            best = Some((index, candidate.len()));
        }
    }
    best
}

fn hangul(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(HANGUL_PREFIX)?;
    let (l, used) = longest(rest, &JAMO_L)?;
    let rest = &rest[used..];
    let (v, used) = longest(rest, &JAMO_V)?;
    let rest = &rest[used..];
    let (t, used) = longest(rest, &JAMO_T)?;
    (used == rest.len()).then(|| S_BASE + (l * 588 + v * 28 + t) as u32)
}

fn hex_value(digits: &str) -> Option<u32> {
    if digits
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
    {
        u32::from_str_radix(digits, 16).ok()
    } else {
        None
    }
}

/// The code point named `name`, as `unicodedata.lookup` finds it (without
/// the aliases and named sequences).
pub fn lookup(name: &str) -> Option<u32> {
    if let Some(cp) = hangul(name) {
        return Some(cp);
    }
    let table = layout();
    if let Some(digits) = name
        .strip_prefix(CJK_PREFIX)
        .and_then(|rest| rest.strip_prefix('-'))
    {
        let cp = hex_value(digits).filter(|_| matches!(digits.len(), 4 | 5))?;
        return (0..table.range_count)
            .any(|index| {
                let (first, last) = table.range(index);
                (first..=last).contains(&cp) && table.prefix(index) == CJK_PREFIX
            })
            .then_some(cp);
    }
    let upper = name.to_ascii_uppercase();
    if let Some(cp) = stored_names().get(&upper) {
        return Some(*cp);
    }
    for index in 0..table.range_count {
        let (first, last) = table.range(index);
        let prefix = table.prefix(index);
        if prefix == CJK_PREFIX {
            continue;
        }
        if let Some(cp) = upper
            .strip_prefix(prefix.as_str())
            .and_then(|rest| rest.strip_prefix('-'))
            .and_then(hex_value)
            .filter(|cp| (first..=last).contains(cp) && upper.ends_with(&format!("-{cp:04X}")))
        {
            return Some(cp);
        }
    }
    None
}
