//! Character predicates of the matcher: the categories `\d \s \w` in their
//! Unicode and ASCII forms (CPython's `sre` definitions), simple case
//! mappings for IGNORECASE, and set membership.

use super::ast::{Category, SetItem};
use super::compile::CharSet;
use crate::types::str::unicode;

/// The simple (one code point) lowercase mapping.
pub fn lower(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        // `İ` lowercases to `i` + a combining dot; its simple mapping is `i`.
        (Some(l), Some(_)) if c == 0x130 => l as u32,
        _ => c,
    }
}

/// The simple uppercase mapping.
pub fn upper(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

fn ascii_lower(c: u32) -> u32 {
    if c < 128 {
        (c as u8).to_ascii_lowercase() as u32
    } else {
        c
    }
}

/// Whether `c` matches the literal `lit` ignoring case.
pub fn fold_eq(c: u32, lit: u32, ascii: bool) -> bool {
    if c == lit {
        return true;
    }
    if ascii {
        return ascii_lower(c) == ascii_lower(lit);
    }
    lower(c) == lower(lit) || upper(c) == upper(lit)
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        c < 128 && ((c as u8).is_ascii_alphanumeric() || c == b'_' as u32)
    } else {
        unicode::is_alnum(c)
    }
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        c < 128 && (c as u8).is_ascii_digit()
    } else {
        unicode::is_decimal(c)
    }
}

fn is_space(c: u32, ascii: bool) -> bool {
    if ascii {
        // CPython's ASCII `\s`: space, \t \n \v \f \r (Unicode's also has
        // \x1c-\x1f).
        matches!(c, 9..=13 | 32)
    } else {
        unicode::is_space(c)
    }
}

fn in_category(cat: Category, c: u32, ascii: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, ascii),
        Category::NotDigit => !is_digit(c, ascii),
        Category::Space => is_space(c, ascii),
        Category::NotSpace => !is_space(c, ascii),
        Category::Word => is_word(c, ascii),
        Category::NotWord => !is_word(c, ascii),
    }
}

fn in_items(items: &[SetItem], c: u32, ascii: bool) -> bool {
    items.iter().any(|item| match *item {
        SetItem::Literal(lit) => lit == c,
        SetItem::Range(lo, hi) => lo <= c && c <= hi,
        SetItem::Category(cat) => in_category(cat, c, ascii),
    })
}

pub fn in_set(set: &CharSet, c: u32) -> bool {
    let mut found = in_items(&set.items, c, set.ascii);
    if !found && set.fold {
        found = if set.ascii {
            let l = ascii_lower(c);
            let u = if c < 128 {
                (c as u8).to_ascii_uppercase() as u32
            } else {
                c
            };
            (l != c && in_items(&set.items, l, true)) || (u != c && in_items(&set.items, u, true))
        } else {
            let l = lower(c);
            let u = upper(c);
            (l != c && in_items(&set.items, l, false)) || (u != c && in_items(&set.items, u, false))
        };
    }
    found != set.negate
}
