//! What follows `(`: capturing and named groups, `(?:...)`, inline flags,
//! lookaround, atomic groups, comments and conditionals.

use super::*;

pub(super) fn flag_of(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

pub(super) const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
pub(super) const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

pub(super) fn is_alpha(c: u32) -> bool {
    crate::types::str::unicode::is_alpha(c)
}

/// Inline flags after `(?`; `None` for global flags `(?i)`.
pub(super) fn parse_flags(
    source: &mut Tokenizer,
    state: &mut State,
    first: u32,
) -> Res<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut c = first;
    if c != '-' as u32 {
        loop {
            let flag = flag_of(c).unwrap_or(0);
            if source.is_text && c == 'L' as u32 {
                return Err(source.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            if !source.is_text && c == 'u' as u32 {
                return Err(source.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(source.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            let Some(next) = source.get()? else {
                return Err(source.error("missing -, : or )", 0));
            };
            c = next.0;
            if next.1.is_none() && matches!(ch(c), ')' | '-' | ':') {
                break;
            }
            if next.1.is_some() || flag_of(c).is_none() {
                let len = tok_text(next).len();
                let msg = if next.1.is_none() && is_alpha(c) {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(source.error(msg, len));
            }
        }
    }
    if c == ')' as u32 {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if c == '-' as u32 {
        let Some(next) = source.get()? else {
            return Err(source.error("missing flag", 0));
        };
        c = next.0;
        if next.1.is_some() || flag_of(c).is_none() {
            let msg = if next.1.is_none() && is_alpha(c) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(source.error(msg, tok_text(next).len()));
        }
        loop {
            let flag = flag_of(c).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(source.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            let Some(next) = source.get()? else {
                return Err(source.error("missing :", 0));
            };
            c = next.0;
            if next == (':' as u32, None) {
                break;
            }
            if next.1.is_some() || flag_of(c).is_none() {
                let msg = if next.1.is_none() && is_alpha(c) {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(source.error(msg, tok_text(next).len()));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// After `(`: a group, an extension, or nothing (comments, global flags).
pub(super) fn parse_group(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
    seq: &Seq,
) -> Res<Option<Node>> {
    let start = source.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<Vec<u32>> = None;
    let (mut add_flags, mut del_flags) = (0, 0);
    let unterminated = |source: &Tokenizer| {
        source.error("missing ), unterminated subpattern", source.tell() - start)
    };
    if source.matches('?')? {
        let Some(tok) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        let c = if tok.1.is_some() { BACKSLASH } else { tok.0 };
        let extension_error = |source: &Tokenizer| {
            let t = tok_text(tok);
            source.error(&format!("unknown extension ?{}", text(&t)), t.len() + 1)
        };
        match ch(c) {
            'P' => {
                if source.matches('<')? {
                    let n = source.getuntil('>', "group name")?;
                    source.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if source.matches('=')? {
                    let n = source.getuntil(')', "group name")?;
                    source.check_group_name(&n, 1)?;
                    let key = text(&n);
                    let Some(&(_, gid)) = state.names.iter().find(|(k, _)| *k == key) else {
                        let msg = format!("unknown group name {}", py_repr(&n));
                        return Err(source.error(&msg, n.len() + 1));
                    };
                    if !state.check_group(gid) {
                        return Err(source.error("cannot refer to an open group", n.len() + 1));
                    }
                    state.check_lookbehind_group(gid, source)?;
                    return Ok(Some(Node::GroupRef(gid)));
                } else {
                    let Some(next) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    let t = tok_text(next);
                    return Err(
                        source.error(&format!("unknown extension ?P{}", text(&t)), t.len() + 2)
                    );
                }
            }
            ':' => capture = false,
            '#' => loop {
                if source.next.is_none() {
                    return Err(
                        source.error("missing ), unterminated comment", source.tell() - start)
                    );
                }
                if source.get()? == Some((')' as u32, None)) {
                    return Ok(None);
                }
            },
            '=' | '!' | '<' => {
                let mut kind = c;
                let mut behind = false;
                let mut outer_lookbehind = None;
                if c == '<' as u32 {
                    let Some(next) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    if next.1.is_some() || !matches!(ch(next.0), '=' | '!') {
                        let t = tok_text(next);
                        return Err(
                            source.error(&format!("unknown extension ?<{}", text(&t)), t.len() + 2)
                        );
                    }
                    kind = next.0;
                    behind = true;
                    outer_lookbehind = Some(state.lookbehind_groups);
                    if state.lookbehind_groups.is_none() {
                        state.lookbehind_groups = Some(state.widths.len());
                    }
                }
                let body = parse_sub(source, state, *verbose, nested + 1)?;
                if let Some(None) = outer_lookbehind {
                    state.lookbehind_groups = None;
                }
                if !source.matches(')')? {
                    return Err(unterminated(source));
                }
                let behind = behind.then(|| {
                    let (lo, hi) = width(&body, &state.widths);
                    if lo != hi {
                        state.variable_lookbehind = true;
                    }
                    lo
                });
                return Ok(Some(Node::Assert {
                    behind,
                    negate: kind == '!' as u32,
                    body,
                }));
            }
            '(' => return parse_conditional(source, state, *verbose, nested, start).map(Some),
            '>' => {
                capture = false;
                atomic = true;
            }
            _ if tok.1.is_none() && (flag_of(c).is_some() || c == '-' as u32) => {
                match parse_flags(source, state, c)? {
                    None => {
                        if !first || !seq.is_empty() {
                            return Err(source.error(
                                "global flags not at the start of the expression",
                                source.tell() - start,
                            ));
                        }
                        *verbose = state.flags & FLAG_VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((add, del)) => {
                        add_flags = add;
                        del_flags = del;
                        capture = false;
                    }
                }
            }
            _ => return Err(extension_error(source)),
        }
    }
    let group = if capture {
        let gid = state.widths.len();
        state.widths.push(None);
        if let Some(n) = &name {
            let key = text(n);
            if let Some(&(_, old)) = state.names.iter().find(|(k, _)| *k == key) {
                let msg = format!(
                    "redefinition of group name {} as group {gid}; was group {old}",
                    py_repr(n)
                );
                return Err(source.error(&msg, n.len() + 1));
            }
            state.names.push((key, gid));
        }
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (*verbose || add_flags & FLAG_VERBOSE != 0) && del_flags & FLAG_VERBOSE == 0;
    let body = parse_sub(source, state, sub_verbose, nested + 1)?;
    if !source.matches(')')? {
        return Err(unterminated(source));
    }
    if let Some(gid) = group {
        state.widths[gid] = Some(width(&body, &state.widths));
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Group {
        index: group,
        add_flags,
        del_flags,
        body,
    }))
}

/// `(?(group)yes|no)`.
pub(super) fn parse_conditional(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: bool,
    nested: usize,
    start: usize,
) -> Res<Node> {
    let name = source.getuntil(')', "group name")?;
    let group = if is_identifier(&name) {
        let key = text(&name);
        match state.names.iter().find(|(k, _)| *k == key) {
            Some(&(_, gid)) => gid,
            None => {
                let msg = format!("unknown group name {}", py_repr(&name));
                return Err(source.error(&msg, name.len() + 1));
            }
        }
    } else {
        let bad = || {
            let msg = format!("bad character in group name {}", py_repr(&name));
            source.error(&msg, name.len() + 1)
        };
        if name.is_empty() || !name.iter().all(|c| is_digit(*c)) {
            return Err(bad());
        }
        let value = name.iter().try_fold(0usize, |acc, d| {
            acc.checked_mul(10)?.checked_add((d - b'0' as u32) as usize)
        });
        let Some(gid) = value else { return Err(bad()) };
        if gid == 0 {
            return Err(source.error("bad group number", name.len() + 1));
        }
        if gid >= 1 << 30 {
            let msg = format!("invalid group reference {gid}");
            return Err(source.error(&msg, name.len() + 1));
        }
        if !state.groupref_pos.iter().any(|(g, _)| *g == gid) {
            state
                .groupref_pos
                .push((gid, source.tell() - name.len() - 1));
        }
        gid
    };
    state.check_lookbehind_group(group, source)?;
    let yes = parse_seq(source, state, verbose, nested + 1, false)?;
    let no = if source.matches('|')? {
        let no = parse_seq(source, state, verbose, nested + 1, false)?;
        if source.next == Some(('|' as u32, None)) {
            return Err(source.error("conditional backref with more than two branches", 0));
        }
        Some(no)
    } else {
        None
    };
    if !source.matches(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    Ok(Node::GroupRefExists { group, yes, no })
}
