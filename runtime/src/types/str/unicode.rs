//! Per-code-point Unicode properties and case mappings, as CPython 3.11
//! defines them.
//!
//! Everything comes from tables generated from CPython 3.11 itself
//! (Unicode 14.0), not from Rust's `char`, whose Unicode version moves with
//! the toolchain: a newer Rust must not change what a program prints.
//! Whitespace is the one exception (stable since long before 14.0).
//! Surrogates have no properties and map to themselves.

use super::case_tables as case;
use super::unicode_tables as tables;
use super::utf8;

fn in_table(table: &[(u32, u32)], cp: u32) -> bool {
    table
        .binary_search_by(|(lo, hi)| {
            if *hi < cp {
                std::cmp::Ordering::Less
            } else if *lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn lookup(table: &[(u32, [u32; 3])], cp: u32) -> Option<&[u32; 3]> {
    table
        .binary_search_by_key(&cp, |(key, _)| *key)
        .ok()
        .map(|idx| &table[idx].1)
}

/// `chr(cp).isprintable()`: what `repr` leaves unescaped.
pub fn is_printable(cp: u32) -> bool {
    if cp < 0x80 {
        (0x20..0x7F).contains(&cp)
    } else {
        in_table(tables::PRINTABLE, cp)
    }
}

/// `chr(cp).isspace()`: Unicode White_Space plus the ASCII separators
/// 0x1C-0x1F, which CPython counts because of their bidirectional class.
pub fn is_space(cp: u32) -> bool {
    match cp {
        0x09..=0x0D | 0x1C..=0x20 => true,
        0..0x80 => false,
        _ => char::from_u32(cp).is_some_and(char::is_whitespace),
    }
}

/// The line boundaries `splitlines` splits at (`\r\n` is handled by the caller).
pub fn is_linebreak(cp: u32) -> bool {
    matches!(cp, 0x0A..=0x0D | 0x1C..=0x1E | 0x85 | 0x2028 | 0x2029)
}

pub fn is_decimal(cp: u32) -> bool {
    if cp < 0x80 {
        (0x30..=0x39).contains(&cp)
    } else {
        in_table(tables::DECIMAL, cp)
    }
}

/// The value of a decimal digit (any script), for `int()` and friends.
pub fn decimal_value(cp: u32) -> Option<u32> {
    if (0x30..=0x39).contains(&cp) {
        return Some(cp - 0x30);
    }
    // Every range of the table is a run of whole 0-9 sequences.
    let table = tables::DECIMAL;
    let idx = table.partition_point(|(_, hi)| *hi < cp);
    match table.get(idx) {
        Some((lo, _)) if *lo <= cp => Some((cp - lo) % 10),
        _ => None,
    }
}

pub fn is_digit(cp: u32) -> bool {
    if cp < 0x80 {
        (0x30..=0x39).contains(&cp)
    } else {
        in_table(tables::DIGIT, cp)
    }
}

pub fn is_numeric(cp: u32) -> bool {
    if cp < 0x80 {
        (0x30..=0x39).contains(&cp)
    } else {
        in_table(tables::NUMERIC, cp)
    }
}

pub fn is_alpha(cp: u32) -> bool {
    if cp < 0x80 {
        (cp as u8).is_ascii_alphabetic()
    } else {
        in_table(tables::ALPHA, cp)
    }
}

pub fn is_alnum(cp: u32) -> bool {
    is_alpha(cp) || is_numeric(cp)
}

pub fn is_lower(cp: u32) -> bool {
    if cp < 0x80 {
        (cp as u8).is_ascii_lowercase()
    } else {
        in_table(case::LOWERCASE, cp)
    }
}

pub fn is_upper(cp: u32) -> bool {
    if cp < 0x80 {
        (cp as u8).is_ascii_uppercase()
    } else {
        in_table(case::UPPERCASE, cp)
    }
}

/// Category Lt (`ǅ`).
pub fn is_title(cp: u32) -> bool {
    cp >= 0x80 && in_table(case::TITLECASE, cp)
}

/// The Cased property: letters that have case.
pub fn is_cased(cp: u32) -> bool {
    is_lower(cp) || is_upper(cp) || is_title(cp)
}

pub fn is_xid_start(cp: u32) -> bool {
    if cp < 0x80 {
        cp == 0x5F || (cp as u8).is_ascii_alphabetic()
    } else {
        in_table(tables::XID_START, cp)
    }
}

pub fn is_xid_continue(cp: u32) -> bool {
    if cp < 0x80 {
        cp == 0x5F || (cp as u8).is_ascii_alphanumeric()
    } else {
        in_table(tables::XID_CONTINUE, cp)
    }
}

/// Append the full uppercase mapping of `cp` (`ß` -> `SS`).
pub fn push_upper(out: &mut Vec<u8>, cp: u32) {
    if cp < 0x80 {
        out.push((cp as u8).to_ascii_uppercase());
    } else {
        push_mapped(out, cp, case::UPPER, case::UPPER_MULTI);
    }
}

/// Append the full lowercase mapping of `cp`, ignoring the final-sigma rule
/// (callers that need it check [`is_final_sigma`]).
pub fn push_lower(out: &mut Vec<u8>, cp: u32) {
    if cp < 0x80 {
        out.push((cp as u8).to_ascii_lowercase());
    } else {
        push_mapped(out, cp, case::LOWER, case::LOWER_MULTI);
    }
}

/// Append the full titlecase mapping of `cp` (`ǆ` -> `ǅ`, `ß` -> `Ss`).
pub fn push_title(out: &mut Vec<u8>, cp: u32) {
    match lookup(case::TITLE_SPECIAL, cp) {
        Some(mapped) => push_padded(out, mapped),
        None => push_upper(out, cp),
    }
}

/// Append the full case folding of `cp` (`ß` -> `ss`).
pub fn push_fold(out: &mut Vec<u8>, cp: u32) {
    match lookup(case::CASEFOLD_SPECIAL, cp) {
        Some(mapped) => push_padded(out, mapped),
        None => push_lower(out, cp),
    }
}

/// Whether the capital sigma at code point index `at` of `cps` lowercases
/// to the final form `ς`: a cased letter precedes it and none follows
/// (skipping case-ignorable characters, as Unicode's Final_Sigma rule says).
pub fn is_final_sigma(cps: &[u32], at: usize) -> bool {
    // Rust's `str::to_lowercase` implements the rule with its own
    // Case_Ignorable table; ask it about a window around the sigma rather
    // than carrying a second copy of that table. Surrogates are neither
    // cased nor case-ignorable, so they end the window.
    const WINDOW: usize = 32;
    let is_surrogate = |cp: &u32| (0xD800..0xE000).contains(cp);
    let mut from = at.saturating_sub(WINDOW);
    if let Some(last) = cps[from..at].iter().rposition(is_surrogate) {
        from += last + 1;
    }
    let mut to = (at + 1 + WINDOW).min(cps.len());
    if let Some(first) = cps[at + 1..to].iter().position(is_surrogate) {
        to = at + 1 + first;
    }
    let text =
        |part: &[u32]| -> String { part.iter().filter_map(|cp| char::from_u32(*cp)).collect() };
    let mut left = text(&cps[from..at]);
    left.push('Σ');
    if !left.to_lowercase().ends_with('ς') {
        return false;
    }
    // A leading "A" makes the sigma's left context cased, so only the right
    // context decides.
    let right = format!("AΣ{}", text(&cps[at + 1..to])).to_lowercase();
    right.as_bytes().get(1..3) == Some("ς".as_bytes())
}

/// Map `cp` through a table of one-to-one runs, then of longer mappings.
fn push_mapped(
    out: &mut Vec<u8>,
    cp: u32,
    runs: &[(u32, u32, i32, u32)],
    multi: &[(u32, [u32; 3])],
) {
    let idx = runs.partition_point(|(_, end, _, _)| *end < cp);
    if let Some(&(start, _, delta, stride)) = runs.get(idx)
        && start <= cp
        && (cp - start).is_multiple_of(stride)
    {
        utf8::push(out, cp.wrapping_add_signed(delta));
        return;
    }
    match lookup(multi, cp) {
        Some(mapped) => push_padded(out, mapped),
        None => utf8::push(out, cp),
    }
}

fn push_padded(out: &mut Vec<u8>, mapped: &[u32; 3]) {
    for cp in mapped.iter().take_while(|cp| **cp != 0) {
        utf8::push(out, *cp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(f: fn(&mut Vec<u8>, u32), text: &str) -> String {
        let mut out = Vec::new();
        text.chars().for_each(|c| f(&mut out, c as u32));
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn classification_matches_cpython() {
        assert!(is_printable('é' as u32) && !is_printable(0xAD) && !is_printable(0x378));
        assert!(is_space(0x1F) && is_space(0x3000) && !is_space(0x200B));
        assert!(is_digit('²' as u32) && !is_decimal('²' as u32) && is_numeric('一' as u32));
        assert!(is_alpha('é' as u32) && !is_alpha(0x902));
        assert_eq!(decimal_value('٣' as u32), Some(3));
        assert_eq!(decimal_value('𝟗' as u32), Some(9));
        assert!(is_title('ǅ' as u32) && is_xid_start('é' as u32) && !is_xid_start('1' as u32));
    }

    #[test]
    fn case_mappings() {
        assert_eq!(mapped(push_upper, "aßé"), "ASSÉ");
        assert_eq!(mapped(push_title, "ǆßﬁ"), "ǅSsFi");
        assert_eq!(mapped(push_fold, "ßΣ"), "ssσ");
        assert_eq!(mapped(push_lower, "İ"), "i\u{307}");
    }

    #[test]
    fn final_sigma() {
        let cps: Vec<u32> = "ΟΔΟΣ Σ'Σ".chars().map(|c| c as u32).collect();
        assert!(is_final_sigma(&cps, 3));
        assert!(!is_final_sigma(&cps, 5));
        assert!(is_final_sigma(&cps, 7));
    }
}
