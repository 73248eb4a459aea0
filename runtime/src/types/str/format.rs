//! `str.format`, `str.format_map` and `str.__format__`: CPython's
//! replacement-field grammar (`{name.attr[key]!conv:spec}`, `{{`/`}}`
//! escapes, nested fields inside the spec) with the spec itself handed to
//! `ty_format`.

use super::args::{self, Spec, Style};
use super::{bytes, from_bytes, is_str, utf8};
use crate::error::{index_error, raise_with_args, type_error, value_error};
use crate::object::{Word, small};
use crate::thread::Thread;
use crate::types::exception::KEY_ERROR;
use crate::types::tuple;

/// `str.format(*args, **kwargs)`.
pub unsafe extern "C" fn format_method(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = unsafe { std::slice::from_raw_parts(args, nargs.max(0) as usize) };
    let Some((this, rest)) = all.split_first() else {
        return type_error(ts, "descriptor 'format' of 'str' object needs an argument");
    };
    let names: &[Word] = if kwnames == 0 {
        &[]
    } else {
        unsafe { tuple::items(kwnames) }
    };
    let (positional, values) = rest.split_at(rest.len().saturating_sub(names.len()));
    let source = Source::Args {
        positional,
        names,
        values,
    };
    unsafe { format_with(ts, *this, &source) }
}

/// `str.format_map(mapping)`: names are looked up with `mapping[name]`.
pub unsafe extern "C" fn format_map(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "format_map", 1, 1, Style::One);
    let Some((this, [mapping])) = (unsafe { args::parse::<1>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    unsafe { format_with(ts, this, &Source::Mapping(mapping)) }
}

/// `str.__format__(spec)`.
pub unsafe extern "C" fn dunder_format(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "__format__", 1, 1, Style::One);
    let Some((this, [spec])) = (unsafe { args::parse::<1>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    if !is_str(spec) {
        let name = crate::error::argument_type_name(spec);
        return type_error(
            ts,
            &format!("__format__() argument must be str, not {name}"),
        );
    }
    unsafe { crate::entry::ty_format(ts, this, spec) }
}

/// Where field names are looked up.
enum Source<'a> {
    Args {
        positional: &'a [Word],
        names: &'a [Word],
        values: &'a [Word],
    },
    Mapping(Word),
}

/// Automatic (`{}`) and manual (`{0}`) numbering cannot be mixed.
#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

struct Formatter<'a> {
    ts: *mut Thread,
    source: &'a Source<'a>,
    numbering: Numbering,
}

/// Raised errors are pending in the thread; `Err(())` just unwinds.
type Step<T> = Result<T, ()>;

unsafe fn format_with(ts: *mut Thread, template: Word, source: &Source) -> Word {
    let mut formatter = Formatter {
        ts,
        source,
        numbering: Numbering::Unset,
    };
    let mut out = Vec::new();
    match unsafe { formatter.render(bytes(template), 2, &mut out) } {
        Ok(()) => from_bytes(ts, &out),
        Err(()) => 0,
    }
}

impl Formatter<'_> {
    fn fail<T>(&self, message: &str) -> Step<T> {
        value_error(self.ts, message);
        Err(())
    }

    /// Expand `text` into `out`; `depth` bounds nesting inside specs.
    unsafe fn render(&mut self, text: &[u8], depth: u32, out: &mut Vec<u8>) -> Step<()> {
        if depth == 0 {
            return self.fail("Max string recursion exceeded");
        }
        let mut i = 0;
        while i < text.len() {
            let c = text[i];
            i += 1;
            if c != b'{' && c != b'}' {
                out.push(c);
                continue;
            }
            let doubled = text.get(i) == Some(&c);
            if c == b'}' && !doubled {
                return self.fail("Single '}' encountered in format string");
            }
            if c == b'{' && i == text.len() {
                return self.fail("Single '{' encountered in format string");
            }
            if doubled {
                out.push(c);
                i += 1;
                continue;
            }
            let field = parse_field(text, &mut i).or_else(|message| self.fail(message))?;
            unsafe { self.render_field(&field, depth, out) }?;
        }
        Ok(())
    }

    unsafe fn render_field(&mut self, field: &Field, depth: u32, out: &mut Vec<u8>) -> Step<()> {
        let mut value = unsafe { self.lookup(field.name) }?;
        value = match field.conversion {
            None => value,
            Some(0x72) => unsafe { crate::entry::ty_repr(self.ts, value) },
            Some(0x73) => unsafe { crate::entry::ty_str(self.ts, value) },
            Some(0x61) => unsafe { crate::entry::ty_ascii(self.ts, value) },
            Some(other) if (33..127).contains(&other) => {
                return self.fail(&format!(
                    "Unknown conversion specifier {}",
                    other as u8 as char
                ));
            }
            Some(other) => return self.fail(&format!("Unknown conversion specifier \\x{other:x}")),
        };
        if value == 0 {
            return Err(());
        }
        if field.spec.is_empty() && crate::object::is_exact(value, &super::STR_TYPE) {
            // format(s, '') is s itself; skip the dispatch.
            out.extend_from_slice(unsafe { bytes(value) });
            return Ok(());
        }
        let spec = if field.spec_needs_expanding {
            let mut expanded = Vec::new();
            unsafe { self.render(field.spec, depth - 1, &mut expanded) }?;
            from_bytes(self.ts, &expanded)
        } else {
            from_bytes(self.ts, field.spec)
        };
        if spec == 0 {
            return Err(());
        }
        let text = unsafe { crate::entry::ty_format(self.ts, value, spec) };
        if text == 0 {
            return Err(());
        }
        if !is_str(text) {
            type_error(self.ts, "__format__ must return a str");
            return Err(());
        }
        out.extend_from_slice(unsafe { bytes(text) });
        Ok(())
    }

    /// Resolve `first.attr[key]...` to a value.
    unsafe fn lookup(&mut self, name: &[u8]) -> Step<Word> {
        let first_end = name
            .iter()
            .position(|c| *c == b'.' || *c == b'[')
            .unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut value = unsafe { self.lookup_first(first) }?;
        while let Some((&c, tail)) = rest.split_first() {
            if c == b'.' {
                let end = tail
                    .iter()
                    .position(|c| *c == b'.' || *c == b'[')
                    .unwrap_or(tail.len());
                if end == 0 {
                    return self.fail("Empty attribute in format string");
                }
                let attr = from_bytes(self.ts, &tail[..end]);
                value = if attr == 0 {
                    0
                } else {
                    unsafe { crate::entry::ty_getattr(self.ts, value, attr) }
                };
                rest = &tail[end..];
            } else {
                let Some(close) = tail.iter().position(|c| *c == b']') else {
                    return self.fail("Missing ']' in format string");
                };
                if close == 0 {
                    return self.fail("Empty attribute in format string");
                }
                let key_text = &tail[..close];
                let key = match parse_index(key_text) {
                    Some(Ok(index)) => small(index as i64).unwrap_or(0),
                    _ => from_bytes(self.ts, key_text),
                };
                value = if key == 0 {
                    0
                } else {
                    unsafe { crate::entry::ty_getitem(self.ts, value, key) }
                };
                rest = &tail[close + 1..];
                if !rest.is_empty() && rest[0] != b'.' && rest[0] != b'[' {
                    return self.fail("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            if value == 0 {
                return Err(());
            }
        }
        Ok(value)
    }

    unsafe fn lookup_first(&mut self, first: &[u8]) -> Step<Word> {
        let index = match parse_index(first) {
            Some(Err(())) => return self.fail("Too many decimal digits in format string"),
            Some(Ok(index)) => {
                if self.numbering == Numbering::Unset {
                    self.numbering = Numbering::Manual;
                } else if let Numbering::Auto(_) = self.numbering {
                    return self.fail("cannot switch from automatic field numbering to manual field specification");
                }
                Some(index)
            }
            None if first.is_empty() => match self.numbering {
                Numbering::Manual => {
                    return self.fail("cannot switch from manual field specification to automatic field numbering");
                }
                Numbering::Unset => {
                    self.numbering = Numbering::Auto(1);
                    Some(0)
                }
                Numbering::Auto(next) => {
                    self.numbering = Numbering::Auto(next + 1);
                    Some(next)
                }
            },
            None => None,
        };
        let ts = self.ts;
        match (self.source, index) {
            (Source::Mapping(_), Some(_)) => self.fail("Format string contains positional fields"),
            (Source::Args { positional, .. }, Some(index)) => match positional.get(index) {
                Some(value) => Ok(*value),
                None => {
                    index_error(
                        ts,
                        &format!(
                            "Replacement index {index} out of range for positional args tuple"
                        ),
                    );
                    Err(())
                }
            },
            (Source::Mapping(mapping), None) => {
                let key = from_bytes(ts, first);
                let value = if key == 0 {
                    0
                } else {
                    unsafe { crate::entry::ty_getitem(ts, *mapping, key) }
                };
                if value == 0 { Err(()) } else { Ok(value) }
            }
            (Source::Args { names, values, .. }, None) => {
                let found = names
                    .iter()
                    .position(|name| unsafe { bytes(*name) } == first);
                match found {
                    Some(idx) => Ok(values[idx]),
                    None => {
                        let key = from_bytes(ts, first);
                        if key != 0 {
                            raise_with_args(ts, &KEY_ERROR, &[key]);
                        }
                        Err(())
                    }
                }
            }
        }
    }
}

/// One replacement field, borrowed from the template.
struct Field<'a> {
    name: &'a [u8],
    /// The code point after `!` (`r`, `s`, `a`).
    conversion: Option<u32>,
    spec: &'a [u8],
    spec_needs_expanding: bool,
}

/// Parse the field after a `{` at `*i`, leaving `*i` after its closing `}`.
fn parse_field<'a>(text: &'a [u8], i: &mut usize) -> Result<Field<'a>, &'static str> {
    let start = *i;
    let mut end_char = 0u8;
    while *i < text.len() {
        let c = text[*i];
        *i += 1;
        match c {
            b'{' => return Err("unexpected '{' in field name"),
            b'[' => {
                while *i < text.len() && text[*i] != b']' {
                    *i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                end_char = c;
                break;
            }
            _ => {}
        }
    }
    let name_end = if end_char == 0 { *i } else { *i - 1 };
    let mut field = Field {
        name: &text[start..name_end],
        conversion: None,
        spec: &[],
        spec_needs_expanding: false,
    };
    match end_char {
        b'}' => return Ok(field),
        b'!' | b':' => {}
        _ => return Err("expected '}' before end of string"),
    }
    if end_char == b'!' {
        if *i >= text.len() {
            return Err("end of string while looking for conversion specifier");
        }
        let (cp, len) = utf8::decode(text, *i);
        field.conversion = Some(cp);
        *i += len;
        if *i < text.len() {
            let c = text[*i];
            *i += 1;
            if c == b'}' {
                return Ok(field);
            }
            if c != b':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while *i < text.len() {
        let c = text[*i];
        *i += 1;
        if c == b'{' {
            field.spec_needs_expanding = true;
            count += 1;
        } else if c == b'}' {
            count -= 1;
            if count == 0 {
                field.spec = &text[spec_start..*i - 1];
                return Ok(field);
            }
        }
    }
    Err("unmatched '{' in format spec")
}

/// A field name made only of digits: its value (`Err` past 64 bits), else `None`.
fn parse_index(text: &[u8]) -> Option<Result<usize, ()>> {
    if text.is_empty() || !text.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut value: usize = 0;
    for digit in text {
        match value
            .checked_mul(10)
            .and_then(|v| v.checked_add((digit - b'0') as usize))
        {
            Some(v) if v <= isize::MAX as usize => value = v,
            _ => return Some(Err(())),
        }
    }
    Some(Ok(value))
}
