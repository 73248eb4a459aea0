//! Searching `bytes`: `find`, `rfind`, `index`, `rindex`, `count`,
//! `startswith`, `endswith`.

use super::methods::bytes_arg;
use super::{data, is_buffer};
use crate::error::{type_error, value_error};
use crate::object::{Word, is_instance, small, type_of};
use crate::thread::Thread;
use crate::types::str::args::{self, Spec, Style, small_int};
use crate::types::str::{self as str_, search_bytes, search_matches, search_rmatches};
use crate::types::{bool as bool_, tuple};

/// The needle of `find`/`count`/`index`: bytes, or an int naming one byte.
unsafe fn needle(ts: *mut Thread, w: Word) -> Option<Vec<u8>> {
    if is_buffer(w) {
        return Some(unsafe { data(w) }.to_vec());
    }
    match unsafe { small_int(w) } {
        Some(v) if (0..256).contains(&v) => Some(vec![v as u8]),
        Some(_) => {
            value_error(ts, "byte must be in range(0, 256)");
            None
        }
        None => {
            type_error(
                ts,
                &format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    type_of(w).name
                ),
            );
            None
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Which {
    Find,
    Index,
    RFind,
    RIndex,
    Count,
}

unsafe fn search(
    ts: *mut Thread,
    which: Which,
    spec: &Spec,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [sub, start, end])) =
        (unsafe { args::parse::<3>(ts, spec, args, nargs, kwnames) })
    else {
        return 0;
    };
    // CPython converts the bounds before it looks at the needle.
    let (Some(start), Some(end)) = (unsafe { args::slice_bound(ts, start, 0) }, unsafe {
        args::slice_bound(ts, end, i64::MAX)
    }) else {
        return 0;
    };
    let Some(sub) = (unsafe { needle(ts, sub) }) else {
        return 0;
    };
    let hay = unsafe { data(this) };
    let (start, end) = str_::adjust_bounds(start, end, hay.len());
    let result = if end - start < sub.len() as i64 {
        if which == Which::Count { 0 } else { -1 }
    } else {
        let window = &hay[start as usize..end as usize];
        match which {
            Which::Count if sub.is_empty() => window.len() as i64 + 1,
            Which::Count => search_matches(window, &sub, usize::MAX).len() as i64,
            Which::Find | Which::Index => {
                search_bytes(window, &sub).map_or(-1, |pos| start + pos as i64)
            }
            // The str searcher's empty match steps by code point; bytes
            // match an empty needle at the very end.
            _ if sub.is_empty() => end,
            _ => search_rmatches(window, &sub, 1)
                .first()
                .map_or(-1, |pos| start + *pos as i64),
        }
    };
    if matches!(which, Which::Index | Which::RIndex) && result < 0 {
        return value_error(ts, "subsection not found");
    }
    small(result).unwrap_or(0)
}

// One wrapper per method, differing only in the name and the search kind.
macro_rules! search_method {
    ($($fn_name:ident = $py:literal, $which:expr;)*) => {$(
        pub unsafe extern "C" fn $fn_name(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
            const SPEC: Spec = Spec::new("bytes", $py, 1, 3, Style::Counted);
            unsafe { search(ts, $which, &SPEC, args, nargs, kwnames) }
        }
    )*};
}

search_method! {
    find = "find", Which::Find;
    index = "index", Which::Index;
    rfind = "rfind", Which::RFind;
    rindex = "rindex", Which::RIndex;
    count = "count", Which::Count;
}

unsafe fn tail_match(
    ts: *mut Thread,
    at_end: bool,
    spec: &Spec,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [affix, start, end])) =
        (unsafe { args::parse::<3>(ts, spec, args, nargs, kwnames) })
    else {
        return 0;
    };
    let (Some(start), Some(end)) = (unsafe { args::slice_bound(ts, start, 0) }, unsafe {
        args::slice_bound(ts, end, i64::MAX)
    }) else {
        return 0;
    };
    let candidates: &[Word] = if is_instance(affix, &tuple::TUPLE_TYPE) {
        unsafe { tuple::items(affix) }
    } else if is_buffer(affix) {
        std::slice::from_ref(&affix)
    } else {
        let message = format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            spec.name,
            type_of(affix).name
        );
        return type_error(ts, &message);
    };
    let hay = unsafe { data(this) };
    let (start, end) = str_::adjust_bounds(start, end, hay.len());
    for candidate in candidates {
        let Some(sub) = (unsafe { bytes_arg(ts, *candidate) }) else {
            return 0;
        };
        if end - (sub.len() as i64) < start {
            continue;
        }
        let window = &hay[start as usize..end as usize];
        if (at_end && window.ends_with(sub)) || (!at_end && window.starts_with(sub)) {
            return bool_::true_();
        }
    }
    bool_::false_()
}

pub unsafe extern "C" fn startswith(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "startswith", 1, 3, Style::Counted);
    unsafe { tail_match(ts, false, &SPEC, args, nargs, kwnames) }
}

pub unsafe extern "C" fn endswith(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "endswith", 1, 3, Style::Counted);
    unsafe { tail_match(ts, true, &SPEC, args, nargs, kwnames) }
}
