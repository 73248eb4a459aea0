//! Backslash escapes, in patterns and in sets, and sets `[...]`.

use super::*;

pub(super) fn hex_value(digits: &[u32]) -> u32 {
    digits
        .iter()
        .fold(0u32, |acc, d| acc * 16 + ch(*d).to_digit(16).unwrap_or(0))
}

pub(super) fn simple_escape(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => BACKSLASH,
        _ => return None,
    })
}

pub(super) fn category(c: u32) -> Option<Category> {
    Some(match ch(c) {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

/// The escapes shared by patterns and sets: `\x`, `\u`, `\U`, `\N`;
/// `Ok(None)` when `c` is none of them.
pub(super) fn code_escape(source: &mut Tokenizer, c: u32) -> Res<Option<u32>> {
    let mut escape = vec![BACKSLASH, c];
    let digits = match ch(c) {
        'x' => 2,
        'u' if source.is_text => 4,
        'U' if source.is_text => 8,
        'N' if source.is_text => {
            if !source.matches('{')? {
                return Err(source.error("missing {", 0));
            }
            let name = source.getuntil('}', "character name")?;
            let msg = format!("undefined character name {}", py_repr(&name));
            return Err(source.error(&msg, name.len() + 4));
        }
        _ => return Ok(None),
    };
    let hex = source.getwhile(digits, is_hexdigit)?;
    escape.extend(&hex);
    if hex.len() != digits {
        let msg = format!("incomplete escape {}", text(&escape));
        return Err(source.error(&msg, escape.len()));
    }
    let value = hex_value(&hex);
    if digits == 8 && value > 0x10FFFF {
        let msg = format!("bad escape {}", text(&escape));
        return Err(source.error(&msg, escape.len()));
    }
    Ok(Some(value))
}

/// An escape inside `[...]`: a literal or a category.
pub(super) fn class_escape(source: &mut Tokenizer, c: u32) -> Res<SetItem> {
    if let Some(lit) = simple_escape(c) {
        return Ok(SetItem::Literal(lit));
    }
    if let Some(cat) = category(c) {
        return Ok(SetItem::Category(cat));
    }
    if let Some(value) = code_escape(source, c)? {
        return Ok(SetItem::Literal(value));
    }
    let mut escape = vec![BACKSLASH, c];
    if is_octdigit(c) {
        escape.extend(source.getwhile(2, is_octdigit)?);
        return Ok(SetItem::Literal(octal_value(source, &escape)?));
    }
    if is_digit(c) || is_ascii_letter(c) {
        let msg = format!("bad escape {}", text(&escape));
        return Err(source.error(&msg, escape.len()));
    }
    Ok(SetItem::Literal(c))
}

/// The value of the octal escape `escape` (a backslash, then digits),
/// with sre's error for one above 0o377 (`\0` and two more digits never is).
fn octal_value(source: &Tokenizer, escape: &[u32]) -> Res<u32> {
    let value = escape[1..]
        .iter()
        .fold(0u32, |acc, d| acc * 8 + (d - b'0' as u32));
    if value > 0o377 {
        let msg = format!(
            "octal escape value {} outside of range 0-0o377",
            text(escape)
        );
        return Err(source.error(&msg, escape.len()));
    }
    Ok(value)
}

/// An escape outside sets.
pub(super) fn escape(source: &mut Tokenizer, state: &State, c: u32) -> Res<Node> {
    match ch(c) {
        'A' => return Ok(Node::At(At::BeginningString)),
        'Z' => return Ok(Node::At(At::EndString)),
        'b' => return Ok(Node::At(At::Boundary)),
        'B' => return Ok(Node::At(At::NonBoundary)),
        _ => {}
    }
    if let Some(cat) = category(c) {
        return Ok(Node::Set(Box::new(Set {
            negate: false,
            items: vec![SetItem::Category(cat)],
        })));
    }
    if let Some(lit) = simple_escape(c) {
        return Ok(Node::Literal(lit));
    }
    if let Some(value) = code_escape(source, c)? {
        return Ok(Node::Literal(value));
    }
    let mut escape = vec![BACKSLASH, c];
    if c == b'0' as u32 {
        escape.extend(source.getwhile(2, is_octdigit)?);
        return Ok(Node::Literal(octal_value(source, &escape)?));
    }
    if is_digit(c) {
        if let Some(next) = source.next_char().filter(|n| is_digit(*n)) {
            source.advance()?;
            escape.push(next);
            if is_octdigit(escape[1])
                && is_octdigit(escape[2])
                && let Some(third) = source.next_char().filter(|n| is_octdigit(*n))
            {
                source.advance()?;
                escape.push(third);
                return Ok(Node::Literal(octal_value(source, &escape)?));
            }
        }
        let group = escape[1..]
            .iter()
            .fold(0usize, |acc, d| acc * 10 + (d - b'0' as u32) as usize);
        if group < state.widths.len() {
            if !state.check_group(group) {
                return Err(source.error("cannot refer to an open group", escape.len()));
            }
            state.check_lookbehind_group(group, source)?;
            return Ok(Node::GroupRef(group));
        }
        let msg = format!("invalid group reference {group}");
        return Err(source.error(&msg, escape.len() - 1));
    }
    if is_ascii_letter(c) {
        let msg = format!("bad escape {}", text(&escape));
        return Err(source.error(&msg, escape.len()));
    }
    Ok(Node::Literal(c))
}

pub(super) fn parse_set(source: &mut Tokenizer) -> Res<Node> {
    let here = source.tell() - 1;
    let mut items: Vec<SetItem> = Vec::new();
    let negate = source.matches('^')?;
    loop {
        let Some(this) = source.get()? else {
            return Err(source.error("unterminated character set", source.tell() - here));
        };
        if this == (']' as u32, None) && !items.is_empty() {
            break;
        }
        let code1 = match this {
            (_, Some(e)) => class_escape(source, e)?,
            (c, None) => SetItem::Literal(c),
        };
        if source.matches('-')? {
            let Some(that) = source.get()? else {
                return Err(source.error("unterminated character set", source.tell() - here));
            };
            if that == (']' as u32, None) {
                items.push(code1);
                items.push(SetItem::Literal('-' as u32));
                break;
            }
            let code2 = match that {
                (_, Some(e)) => class_escape(source, e)?,
                (c, None) => SetItem::Literal(c),
            };
            let range_error = |source: &Tokenizer| {
                let (a, b) = (tok_text(this), tok_text(that));
                let msg = format!("bad character range {}-{}", text(&a), text(&b));
                source.error(&msg, a.len() + 1 + b.len())
            };
            let (SetItem::Literal(lo), SetItem::Literal(hi)) = (code1, code2) else {
                return Err(range_error(source));
            };
            if hi < lo {
                return Err(range_error(source));
            }
            items.push(SetItem::Range(lo, hi));
        } else {
            items.push(code1);
        }
    }
    let mut unique: Vec<SetItem> = Vec::with_capacity(items.len());
    for item in items {
        if !unique.contains(&item) {
            unique.push(item);
        }
    }
    if let [SetItem::Literal(lit)] = unique[..] {
        return Ok(if negate {
            Node::NotLiteral(lit)
        } else {
            Node::Literal(lit)
        });
    }
    Ok(Node::Set(Box::new(Set {
        negate,
        items: unique,
    })))
}
