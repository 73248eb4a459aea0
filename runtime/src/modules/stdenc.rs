//! How the standard streams turn text into bytes and back: UTF-8 with the
//! error handlers CPython 3.11 picks. stdout and stdin use
//! `surrogateescape` when the C library's `LC_CTYPE` locale is `C`, `POSIX`
//! or a locale-coercion target (`C.UTF-8`, `C.utf8`, `UTF-8`), or in UTF-8
//! mode (`PYTHONUTF8=1`), and `strict` otherwise; stderr always uses
//! `backslashreplace`. Under `surrogateescape` an undecodable input byte
//! `b` reads as the lone surrogate `U+DC00 + b` and such a surrogate writes
//! back as the byte, so binary input round-trips through `input`/`print`.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::object::{Word, cast};
use crate::thread::Thread;
use crate::types::str::{self as str_, utf8};

unsafe extern "C" {
    fn setlocale(category: i32, locale: *const u8) -> *const u8;
}

/// glibc's and musl's `LC_CTYPE`.
const LC_CTYPE: i32 = 0;

/// Whether stdin and stdout use `surrogateescape`, decided once.
fn escapes_surrogates() -> bool {
    static ESCAPES: OnceLock<bool> = OnceLock::new();
    *ESCAPES.get_or_init(|| {
        if std::env::var("PYTHONUTF8").is_ok_and(|v| v == "1") {
            return true;
        }
        let locale = ctype_locale();
        matches!(
            locale.as_deref(),
            None | Some("C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8")
        )
    })
}

/// The name of the `LC_CTYPE` locale the environment selects, as CPython
/// sees it after its own `setlocale(LC_CTYPE, "")`: a locale that is not
/// installed leaves the C library in "C". The program's locale is put back.
fn ctype_locale() -> Option<String> {
    let query = |locale: *const u8| unsafe {
        let name = setlocale(LC_CTYPE, locale);
        (!name.is_null()).then(|| {
            std::ffi::CStr::from_ptr(name.cast())
                .to_string_lossy()
                .into_owned()
        })
    };
    let previous = query(std::ptr::null())?;
    let selected = query(c"".as_ptr().cast()).unwrap_or_else(|| String::from("C"));
    if let Ok(previous) = std::ffi::CString::new(previous) {
        query(previous.as_ptr().cast());
    }
    Some(selected)
}

/// The error handlers `reconfigure(errors=...)` set for stdin and stdout.
static CHOSEN: std::sync::Mutex<[Option<&'static str>; 2]> = std::sync::Mutex::new([None; 2]);

/// Set the error handler of stdin (`fd` 0) or stdout (1).
pub(super) fn set_handler(fd: u64, name: &str) {
    let mut chosen = CHOSEN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(slot) = chosen.get_mut(fd as usize) {
        // Leaked: a program reconfigures its streams a handful of times.
        *slot = Some(Box::leak(name.to_string().into_boxed_str()));
    }
}

/// The error handler of stdin (`fd` 0) or stdout (1).
pub(super) fn handler_of(fd: u64) -> &'static str {
    let chosen = CHOSEN.lock().unwrap_or_else(|e| e.into_inner());
    chosen
        .get(fd as usize)
        .copied()
        .flatten()
        .unwrap_or_else(handler)
}

/// The error handler stdin and stdout start with.
fn handler() -> &'static str {
    if escapes_surrogates() {
        "surrogateescape"
    } else {
        "strict"
    }
}

/// A str from bytes read from stdin: `UnicodeDecodeError` for bytes that
/// are not UTF-8, or lone surrogates for them under `surrogateescape`.
pub fn decode(ts: *mut Thread, bytes: &[u8]) -> Word {
    match std::str::from_utf8(bytes) {
        Ok(text) => str_::new(ts, text),
        Err(_) => crate::types::bytes::codec::decode_utf8(ts, bytes, handler_of(0)),
    }
}

/// The bytes stdout gets for a str: its UTF-8, with escaped bytes restored
/// under `surrogateescape`, or `None` with CPython's `UnicodeEncodeError`
/// pending for surrogates that cannot be written.
///
/// # Safety
/// `text` must be a str.
pub unsafe fn encodable<'a>(ts: *mut Thread, text: Word) -> Option<&'a [u8]> {
    let bytes = unsafe { str_::bytes(text) };
    if unsafe { cast::<str_::StrObject>(text) }.ascii != 0 || !utf8::has_surrogate(bytes) {
        return Some(bytes);
    }
    match unsafe { crate::types::bytes::codec::encode_utf8(ts, text, handler_of(1)) } {
        0 => None,
        encoded => Some(unsafe { crate::types::bytes::data(encoded) }),
    }
}

/// The bytes stderr gets for text (a str's bytes): surrogates become
/// `\udxxx` escapes (`backslashreplace`), so writing to stderr never fails.
pub fn for_stderr(bytes: &[u8]) -> Cow<'_, [u8]> {
    if !utf8::has_surrogate(bytes) {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len() + 8);
    for cp in utf8::chars(bytes) {
        if is_surrogate(cp) {
            out.extend_from_slice(format!("\\u{cp:04x}").as_bytes());
        } else {
            utf8::push(&mut out, cp);
        }
    }
    Cow::Owned(out)
}

fn is_surrogate(cp: u32) -> bool {
    (0xD800..=0xDFFF).contains(&cp)
}
