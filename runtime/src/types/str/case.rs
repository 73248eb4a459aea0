//! Case conversion (`upper`, `lower`, `title`, `capitalize`, `swapcase`,
//! `casefold`) and the `is...` predicates, following CPython's definitions
//! character by character.

use super::args::{self, Spec, Style};
use super::{bytes, from_bytes, is_ascii, unicode, utf8};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::bool as bool_;

const SIGMA: u32 = 0x3A3;

macro_rules! no_arg_method {
    ($($fn_name:ident = $py:literal => $body:expr;)*) => {$(
        pub unsafe extern "C" fn $fn_name(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
            const SPEC: Spec = Spec::new("str", $py, 0, 0, Style::NoArgs);
            let Some((this, [])) = (unsafe { args::parse::<0>(ts, &SPEC, args, nargs, kwnames) }) else {
                return 0;
            };
            let body: unsafe fn(*mut Thread, Word) -> Word = $body;
            unsafe { body(ts, this) }
        }
    )*};
}

no_arg_method! {
    upper = "upper" => upper_impl;
    lower = "lower" => lower_impl;
    casefold = "casefold" => |ts, w| unsafe { map_chars(ts, w, |out, _, cp| unicode::push_fold(out, cp)) };
    title = "title" => title_impl;
    capitalize = "capitalize" => capitalize_impl;
    swapcase = "swapcase" => swapcase_impl;
    isdigit = "isdigit" => |_, w| unsafe { all_nonempty(w, unicode::is_digit) };
    isdecimal = "isdecimal" => |_, w| unsafe { all_nonempty(w, unicode::is_decimal) };
    isnumeric = "isnumeric" => |_, w| unsafe { all_nonempty(w, unicode::is_numeric) };
    isalpha = "isalpha" => |_, w| unsafe { all_nonempty(w, unicode::is_alpha) };
    isalnum = "isalnum" => |_, w| unsafe { all_nonempty(w, unicode::is_alnum) };
    isspace = "isspace" => |_, w| unsafe { all_nonempty(w, unicode::is_space) };
    isprintable = "isprintable" => |_, w| bool_::from_bool(utf8::chars(unsafe { bytes(w) }).all(unicode::is_printable));
    isascii = "isascii" => |_, w| bool_::from_bool(unsafe { is_ascii(w) });
    islower = "islower" => |_, w| bool_::from_bool(unsafe { cased_all(w, unicode::is_lower, unicode::is_upper) });
    isupper = "isupper" => |_, w| bool_::from_bool(unsafe { cased_all(w, unicode::is_upper, unicode::is_lower) });
    istitle = "istitle" => |_, w| bool_::from_bool(is_title(unsafe { bytes(w) }));
    isidentifier = "isidentifier" => |_, w| bool_::from_bool(is_identifier(unsafe { bytes(w) }));
}

/// Whether `text` is a valid Python identifier (keywords included, as in CPython).
pub fn is_identifier(text: &[u8]) -> bool {
    let mut chars = utf8::chars(text);
    match chars.next() {
        Some(first) if unicode::is_xid_start(first) => chars.all(unicode::is_xid_continue),
        _ => false,
    }
}

/// Map every code point through `push`, which also sees the whole text as
/// code points and the index (for the final-sigma rule).
unsafe fn map_chars(
    ts: *mut Thread,
    w: Word,
    push: impl Fn(&mut Vec<u8>, (&[u32], usize), u32),
) -> Word {
    let text = unsafe { bytes(w) };
    let cps: Vec<u32> = utf8::chars(text).collect();
    let mut out = Vec::with_capacity(text.len());
    for (idx, cp) in cps.iter().enumerate() {
        push(&mut out, (&cps, idx), *cp);
    }
    from_bytes(ts, &out)
}

/// Lowercase one code point in context: a capital sigma becomes `ς` at the
/// end of a word.
fn push_lower_in_context(out: &mut Vec<u8>, (cps, idx): (&[u32], usize), cp: u32) {
    if cp == SIGMA && unicode::is_final_sigma(cps, idx) {
        utf8::push(out, 0x3C2);
    } else {
        unicode::push_lower(out, cp);
    }
}

unsafe fn lower_impl(ts: *mut Thread, w: Word) -> Word {
    if unsafe { is_ascii(w) } {
        return unsafe { map_ascii(ts, w, u8::to_ascii_lowercase) };
    }
    unsafe { map_chars(ts, w, push_lower_in_context) }
}

unsafe fn upper_impl(ts: *mut Thread, w: Word) -> Word {
    if unsafe { is_ascii(w) } {
        return unsafe { map_ascii(ts, w, u8::to_ascii_uppercase) };
    }
    unsafe { map_chars(ts, w, |out, _, cp| unicode::push_upper(out, cp)) }
}

/// An ASCII string with every byte mapped through `f` (written straight
/// into the new string).
unsafe fn map_ascii(ts: *mut Thread, w: Word, f: impl Fn(&u8) -> u8) -> Word {
    let text = unsafe { bytes(w) };
    super::build(ts, text.len(), text.len(), true, |buf| {
        for (out, byte) in buf.iter_mut().zip(text) {
            *out = f(byte);
        }
    })
}

/// An ASCII string mapped byte by byte through `f`, which also sees the
/// previous byte of the original (0 before the first): the rules of
/// `title` and `capitalize` on ASCII, where case is a property of single
/// bytes and no final-sigma context exists. Without this, each call
/// decoded the text into a vector of code points and built the result in
/// another vector (about 1,700 instructions for a short word).
unsafe fn map_ascii_after(ts: *mut Thread, w: Word, f: impl Fn(u8, u8) -> u8) -> Word {
    let text = unsafe { bytes(w) };
    super::build(ts, text.len(), text.len(), true, |buf| {
        let mut previous = 0;
        for (out, &byte) in buf.iter_mut().zip(text) {
            *out = f(previous, byte);
            previous = byte;
        }
    })
}

unsafe fn title_impl(ts: *mut Thread, w: Word) -> Word {
    if unsafe { is_ascii(w) } {
        // A letter after a cased (i.e. ASCII letter) byte is lowered,
        // any other letter raised.
        return unsafe {
            map_ascii_after(ts, w, |previous, byte| {
                if previous.is_ascii_alphabetic() {
                    byte.to_ascii_lowercase()
                } else {
                    byte.to_ascii_uppercase()
                }
            })
        };
    }
    let text = unsafe { bytes(w) };
    let cps: Vec<u32> = utf8::chars(text).collect();
    let mut out = Vec::with_capacity(text.len());
    let mut previous_cased = false;
    for (idx, cp) in cps.iter().enumerate() {
        if previous_cased {
            push_lower_in_context(&mut out, (&cps, idx), *cp);
        } else {
            unicode::push_title(&mut out, *cp);
        }
        previous_cased = unicode::is_cased(*cp);
    }
    from_bytes(ts, &out)
}

unsafe fn capitalize_impl(ts: *mut Thread, w: Word) -> Word {
    if unsafe { is_ascii(w) } {
        let text = unsafe { bytes(w) };
        return super::build(ts, text.len(), text.len(), true, |buf| {
            for (i, (out, byte)) in buf.iter_mut().zip(text).enumerate() {
                *out = if i == 0 {
                    byte.to_ascii_uppercase()
                } else {
                    byte.to_ascii_lowercase()
                };
            }
        });
    }
    unsafe {
        map_chars(ts, w, |out, ctx, cp| {
            if ctx.1 == 0 {
                unicode::push_title(out, cp);
            } else {
                push_lower_in_context(out, ctx, cp);
            }
        })
    }
}

unsafe fn swapcase_impl(ts: *mut Thread, w: Word) -> Word {
    if unsafe { is_ascii(w) } {
        return unsafe {
            map_ascii(ts, w, |byte| {
                if byte.is_ascii_alphabetic() {
                    byte ^ 0x20
                } else {
                    *byte
                }
            })
        };
    }
    unsafe {
        map_chars(ts, w, |out, ctx, cp| {
            if unicode::is_upper(cp) {
                push_lower_in_context(out, ctx, cp);
            } else if unicode::is_lower(cp) {
                unicode::push_upper(out, cp);
            } else {
                utf8::push(out, cp);
            }
        })
    }
}

unsafe fn all_nonempty(w: Word, pred: fn(u32) -> bool) -> Word {
    let text = unsafe { bytes(w) };
    bool_::from_bool(!text.is_empty() && utf8::chars(text).all(pred))
}

/// `islower` / `isupper`: no character of the opposite case or titlecase,
/// and at least one of the wanted case.
unsafe fn cased_all(w: Word, wanted: fn(u32) -> bool, opposite: fn(u32) -> bool) -> bool {
    let mut cased = false;
    for cp in utf8::chars(unsafe { bytes(w) }) {
        if opposite(cp) || unicode::is_title(cp) {
            return false;
        }
        cased |= wanted(cp);
    }
    cased
}

/// `istitle`: uppercase/titlecase letters only start words, lowercase ones
/// only follow cased letters, and there is at least one cased letter.
fn is_title(text: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for cp in utf8::chars(text) {
        if unicode::is_upper(cp) || unicode::is_title(cp) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if unicode::is_lower(cp) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}
