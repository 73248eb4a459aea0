//! Pattern text -> [`Seq`]: Python's regular-expression syntax, with the
//! errors (message and position) CPython 3.11's `re._parser` raises for
//! the same text. A bytes pattern is parsed as its bytes read as Latin-1.

mod escapes;
mod groups;
mod tokens;

use super::ast::*;
use escapes::{escape, parse_set};
use groups::parse_group;
use tokens::*;

/// The parsed pattern and what the matcher and `re.py` need to know.
pub struct Parsed {
    pub seq: Seq,
    /// The flags after inline global flags (`(?i)`) and `re.U` for str.
    pub flags: u32,
    /// Number of groups, counting group 0.
    pub groups: usize,
    /// Named groups in definition order.
    pub names: Vec<(String, usize)>,
}

type Res<T> = Result<T, PatternError>;

/// Nesting deeper than this is refused rather than overflowing the stack.
const MAX_NESTING: usize = 400;

pub fn parse(pattern: &[u32], flags: u32, is_text: bool) -> Res<Parsed> {
    let mut source = Tokenizer::new(pattern, is_text)?;
    let mut state = State {
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
        variable_lookbehind: false,
    };
    let verbose = flags & FLAG_VERBOSE != 0;
    let seq = parse_sub(&mut source, &mut state, verbose, 0)?;
    state.flags = fix_flags(state.flags, is_text)?;
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for (group, pos) in &state.groupref_pos {
        if *group >= state.widths.len() {
            return Err(PatternError::Re {
                msg: format!("invalid group reference {group}"),
                pos: Some(*pos),
            });
        }
    }
    if state.variable_lookbehind {
        return Err(PatternError::Re {
            msg: "look-behind requires fixed-width pattern".into(),
            pos: None,
        });
    }
    Ok(Parsed {
        seq,
        flags: state.flags,
        groups: state.widths.len(),
        names: state.names,
    })
}

fn fix_flags(mut flags: u32, is_text: bool) -> Res<u32> {
    if is_text {
        if flags & FLAG_LOCALE != 0 {
            return Err(PatternError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(PatternError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & FLAG_UNICODE != 0 {
            return Err(PatternError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return Err(PatternError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

fn parse_sub(
    source: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
) -> Res<Seq> {
    if nested > MAX_NESTING {
        return Err(source.error("too many nested groups", 0));
    }
    let mut items: Vec<Seq> = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(source, state, verbose, nested + 1, first)?);
        if !source.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & FLAG_VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    Ok(vec![Node::Branch(items)])
}

/// Width `(min, max)` of a sequence, capped as CPython caps it.
pub fn width(seq: &[Node], widths: &[Option<(u64, u64)>]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for node in seq {
        let (i, j) = match node {
            Node::Branch(alts) => {
                let mut i = MAXREPEAT - 1;
                let mut j = 0;
                for alt in alts {
                    let (l, h) = width(alt, widths);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(body) | Node::Group { body, .. } => width(body, widths),
            Node::Repeat { min, max, body, .. } => {
                let (l, h) = width(body, widths);
                (l.saturating_mul(*min), h.saturating_mul(*max))
            }
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::Set(_) => (1, 1),
            Node::GroupRef(gid) => widths.get(*gid).copied().flatten().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (i, j) = width(yes, widths);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, widths);
                        (i.min(l), j.max(h))
                    }
                    None => (0, j),
                }
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (lo.min(MAXREPEAT - 1), hi.min(MAXREPEAT))
}

fn is_repeat_char(c: u32) -> bool {
    matches!(ch(c), '*' | '+' | '?' | '{')
}

fn is_special(c: u32) -> bool {
    matches!(
        ch(c),
        '.' | '\\' | '[' | '{' | '(' | ')' | '*' | '+' | '?' | '^' | '$' | '|'
    )
}

fn parse_seq(
    source: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> Res<Seq> {
    let mut seq: Seq = Vec::new();
    while let Some(this) = source.next {
        if this == ('|' as u32, None) || this == (')' as u32, None) {
            break;
        }
        source.advance()?;
        let (c, escaped) = this;
        if verbose && escaped.is_none() {
            if matches!(ch(c), ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                continue;
            }
            if c == '#' as u32 {
                loop {
                    match source.get()? {
                        None | Some((10, None)) => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if let Some(e) = escaped {
            seq.push(escape(source, state, e)?);
        } else if !is_special(c) {
            seq.push(Node::Literal(c));
        } else if c == '[' as u32 {
            seq.push(parse_set(source)?);
        } else if is_repeat_char(c) {
            let here = source.tell();
            let (min, max) = match ch(c) {
                '?' => (0, 1),
                '*' => (0, MAXREPEAT),
                '+' => (1, MAXREPEAT),
                _ => {
                    if source.next == Some(('}' as u32, None)) {
                        seq.push(Node::Literal(c));
                        continue;
                    }
                    let lo = source.getwhile(usize::MAX, is_digit)?;
                    let hi = if source.matches(',')? {
                        source.getwhile(usize::MAX, is_digit)?
                    } else {
                        lo.clone()
                    };
                    if !source.matches('}')? {
                        seq.push(Node::Literal(c));
                        source.seek(here)?;
                        continue;
                    }
                    let number = |digits: &[u32]| -> Res<u64> {
                        let value = digits.iter().try_fold(0u64, |acc, d| {
                            acc.checked_mul(10)?.checked_add(u64::from(d - b'0' as u32))
                        });
                        match value {
                            Some(v) if v < MAXREPEAT => Ok(v),
                            _ => Err(PatternError::Overflow(
                                "the repetition number is too large".into(),
                            )),
                        }
                    };
                    let min = if lo.is_empty() { 0 } else { number(&lo)? };
                    let mut max = MAXREPEAT;
                    if !hi.is_empty() {
                        max = number(&hi)?;
                        if max < min {
                            return Err(source.error(
                                "min repeat greater than max repeat",
                                source.tell() - here,
                            ));
                        }
                    }
                    (min, max)
                }
            };
            let offset = source.tell() - here + 1;
            let item = match seq.last() {
                None | Some(Node::At(_)) => {
                    return Err(source.error("nothing to repeat", offset));
                }
                Some(Node::Repeat { .. }) => {
                    return Err(source.error("multiple repeat", offset));
                }
                Some(_) => seq.pop().unwrap_or(Node::Any),
            };
            let body = match item {
                Node::Group {
                    index: None,
                    add_flags: 0,
                    del_flags: 0,
                    body,
                } => body,
                other => vec![other],
            };
            let kind = if source.matches('?')? {
                RepeatKind::Lazy
            } else if source.matches('+')? {
                RepeatKind::Possessive
            } else {
                RepeatKind::Greedy
            };
            seq.push(Node::Repeat {
                min,
                max,
                kind,
                body,
            });
        } else if c == '.' as u32 {
            seq.push(Node::Any);
        } else if c == '(' as u32 {
            if let Some(node) = parse_group(source, state, &mut verbose, nested, first, &seq)? {
                seq.push(node);
            }
        } else if c == '^' as u32 {
            seq.push(Node::At(At::Beginning));
        } else if c == '$' as u32 {
            seq.push(Node::At(At::End));
        }
    }
    // Unpack non-capturing groups without flags, as CPython does.
    let mut res = Vec::with_capacity(seq.len());
    for node in seq {
        match node {
            Node::Group {
                index: None,
                add_flags: 0,
                del_flags: 0,
                body,
            } => res.extend(body),
            other => res.push(other),
        }
    }
    Ok(res)
}
