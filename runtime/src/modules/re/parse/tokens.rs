//! The tokenizer of pattern text (a character, or a backslash and the
//! character after it, as CPython's `Tokenizer`), the parser's state (groups
//! and their widths) and small character helpers.

use super::*;

/// One token: a character, or a backslash and the character after it.
pub(super) type Tok = (u32, Option<u32>);

pub(super) const BACKSLASH: u32 = '\\' as u32;

pub(super) fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

pub(super) fn text(cps: &[u32]) -> String {
    cps.iter().map(|c| ch(*c)).collect()
}

pub(super) fn tok_text(tok: Tok) -> Vec<u32> {
    match tok {
        (first, Some(second)) => vec![first, second],
        (first, None) => vec![first],
    }
}

pub(super) struct Tokenizer<'a> {
    pub(super) chars: &'a [u32],
    pub(super) is_text: bool,
    /// Index after `next`.
    pub(super) index: usize,
    pub(super) next: Option<Tok>,
}

impl<'a> Tokenizer<'a> {
    pub(super) fn new(chars: &'a [u32], is_text: bool) -> Res<Tokenizer<'a>> {
        let mut res = Tokenizer {
            chars,
            is_text,
            index: 0,
            next: None,
        };
        res.advance()?;
        Ok(res)
    }

    pub(super) fn advance(&mut self) -> Res<()> {
        let Some(&first) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if first == BACKSLASH {
            let Some(&second) = self.chars.get(self.index + 1) else {
                return Err(PatternError::Re {
                    msg: "bad escape (end of pattern)".into(),
                    pos: Some(self.chars.len() - 1),
                });
            };
            self.index += 2;
            self.next = Some((first, Some(second)));
        } else {
            self.index += 1;
            self.next = Some((first, None));
        }
        Ok(())
    }

    pub(super) fn tell(&self) -> usize {
        match self.next {
            Some((_, Some(_))) => self.index - 2,
            Some(_) => self.index - 1,
            None => self.index,
        }
    }

    pub(super) fn seek(&mut self, index: usize) -> Res<()> {
        self.index = index;
        self.advance()
    }

    pub(super) fn get(&mut self) -> Res<Option<Tok>> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    pub(super) fn matches(&mut self, c: char) -> Res<bool> {
        if self.next == Some((c as u32, None)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub(super) fn next_char(&self) -> Option<u32> {
        match self.next {
            Some((c, None)) => Some(c),
            _ => None,
        }
    }

    pub(super) fn getwhile(&mut self, n: usize, pred: impl Fn(u32) -> bool) -> Res<Vec<u32>> {
        let mut res = Vec::new();
        for _ in 0..n {
            match self.next_char() {
                Some(c) if pred(c) => {
                    res.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(res)
    }

    pub(super) fn getuntil(&mut self, terminator: char, name: &str) -> Res<Vec<u32>> {
        let mut res: Vec<u32> = Vec::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if res.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 0));
                    }
                    return Err(self.error(
                        &format!("missing {terminator}, unterminated name"),
                        res.len(),
                    ));
                }
                Some((c, None)) if c == terminator as u32 => {
                    if res.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 1));
                    }
                    return Ok(res);
                }
                Some(tok) => res.extend(tok_text(tok)),
            }
        }
    }

    pub(super) fn error(&self, msg: &str, offset: usize) -> PatternError {
        let msg = if self.is_text {
            msg.to_string()
        } else {
            backslash_replace(msg)
        };
        PatternError::Re {
            msg,
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }

    pub(super) fn check_group_name(&self, name: &[u32], offset: usize) -> Res<()> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.error(&msg, name.len() + offset));
        }
        Ok(())
    }
}

pub(super) fn backslash_replace(msg: &str) -> String {
    let mut res = String::new();
    for c in msg.chars() {
        if c.is_ascii() {
            res.push(c);
        } else {
            res.push_str(&format!("\\x{:02x}", c as u32));
        }
    }
    res
}

pub fn is_identifier(name: &[u32]) -> bool {
    use crate::types::str::unicode::{is_xid_continue, is_xid_start};
    match name.split_first() {
        None => false,
        Some((first, rest)) => {
            (*first == '_' as u32 || is_xid_start(*first))
                && rest.iter().all(|c| is_xid_continue(*c))
        }
    }
}

/// `repr()` of a short str, enough for names in messages.
pub(super) fn py_repr(name: &[u32]) -> String {
    let s = text(name);
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut res = String::new();
    res.push(quote);
    for c in s.chars() {
        match c {
            '\\' => res.push_str("\\\\"),
            '\n' => res.push_str("\\n"),
            '\r' => res.push_str("\\r"),
            '\t' => res.push_str("\\t"),
            c if c == quote => {
                res.push('\\');
                res.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                res.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => res.push(c),
        }
    }
    res.push(quote);
    res
}

pub(super) struct State {
    pub(super) flags: u32,
    pub(super) names: Vec<(String, usize)>,
    /// Width of each closed group; `None` while open.
    pub(super) widths: Vec<Option<(u64, u64)>>,
    pub(super) lookbehind_groups: Option<usize>,
    pub(super) groupref_pos: Vec<(usize, usize)>,
    /// CPython's compiler, which runs after the parser, refuses these.
    pub(super) variable_lookbehind: bool,
}

impl State {
    pub(super) fn check_group(&self, gid: usize) -> bool {
        gid < self.widths.len() && self.widths[gid].is_some()
    }

    pub(super) fn check_lookbehind_group(&self, gid: usize, source: &Tokenizer) -> Res<()> {
        if let Some(first) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid >= first {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

pub(super) fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
pub(super) fn is_octdigit(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
pub(super) fn is_hexdigit(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_hexdigit()
}
pub(super) fn is_ascii_letter(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}
