//! The broken-down time functions behind `stdlib/time.py`: `localtime`,
//! `gmtime`, `mktime`, `strftime` and the time zone globals, through the C
//! library as CPython calls it, so `%a`, `%Z`, `%c`... print the same bytes.
//!
//! The Python side checks and converts `struct_time` tuples (month 1-12,
//! Monday as day 0, day of year from 1); these functions take and give C's
//! `struct tm` conventions only where said.

use crate::calls::args;
use crate::error::{overflow_error, value_error};
use crate::gc::PinScope;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::{int, none, str as str_, tuple};

/// glibc's `struct tm` (Linux, 64-bit): sec, min, hour, mday, mon, year,
/// wday, yday, isdst, then the offset and zone name.
#[repr(C)]
pub(super) struct Tm {
    fields: [i32; 9],
    pub(super) tm_gmtoff: i64,
    tm_zone: *const std::ffi::c_char,
}

impl Tm {
    fn zeroed() -> Tm {
        Tm {
            fields: [0; 9],
            tm_gmtoff: 0,
            tm_zone: std::ptr::null(),
        }
    }

    /// The C library's broken-down local time at POSIX time `secs`; `None`
    /// when it is out of range for the platform's `time_t`.
    pub(super) fn local(secs: i64) -> Option<Tm> {
        let mut tm = Tm::zeroed();
        (!unsafe { localtime_r(&secs, &mut tm) }.is_null()).then_some(tm)
    }

    /// The zone's abbreviation (`CET`), `None` when the C library gave none.
    pub(super) fn zone_name(&self) -> Option<String> {
        (!self.tm_zone.is_null()).then(|| {
            unsafe { std::ffi::CStr::from_ptr(self.tm_zone) }
                .to_string_lossy()
                .into_owned()
        })
    }
}

unsafe extern "C" {
    fn localtime_r(time: *const i64, out: *mut Tm) -> *mut Tm;
    fn gmtime_r(time: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(out: *mut u8, max: usize, format: *const u8, tm: *const Tm) -> usize;
    fn tzset();
    fn time(out: *mut i64) -> i64;
}

/// The integer arguments of `name`, exactly `N` of them.
unsafe fn int_args<const N: usize>(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Option<[i64; N]> {
    let parsed = unsafe { args::Args::new(argv, n, kw) };
    if !parsed.no_keywords(ts, name) || !parsed.count(ts, name, N, N) {
        return None;
    }
    let mut out = [0i64; N];
    for (slot, arg) in out.iter_mut().zip(parsed.positional) {
        *slot = unsafe { int::index_value(ts, *arg, "") }?;
    }
    Some(out)
}

/// A `struct tm` as the 11-tuple `(year, mon, mday, hour, min, sec, wday,
/// yday, isdst, zone, gmtoff)` in `struct_time`'s conventions.
fn tm_tuple(ts: *mut Thread, tm: &Tm) -> Word {
    let f = tm.fields;
    let values = [
        i64::from(f[5]) + 1900,
        i64::from(f[4]) + 1,
        i64::from(f[3]),
        i64::from(f[2]),
        i64::from(f[1]),
        i64::from(f[0]),
        i64::from((f[6] + 6) % 7),
        i64::from(f[7]) + 1,
        i64::from(f[8]),
    ];
    let pins = unsafe { PinScope::new(ts) };
    let mut words = Vec::with_capacity(11);
    for value in values {
        words.push(pins.pin(int::from_i64(ts, value)));
    }
    let zone = match tm.zone_name() {
        Some(name) => pins.pin(str_::new(ts, &name)),
        None => none::none(),
    };
    words.push(zone);
    words.push(pins.pin(int::from_i64(ts, tm.tm_gmtoff)));
    if words.contains(&0) {
        return 0;
    }
    tuple::new(ts, &words)
}

/// `_tm(secs, utc)`: the broken-down time at the POSIX time `secs` (an
/// int), local or UTC, as [`tm_tuple`] gives it.
pub unsafe extern "C" fn broken_down(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([secs, utc]) = (unsafe { int_args::<2>(ts, "_tm", argv, n, kw) }) else {
        return 0;
    };
    let mut tm = Tm::zeroed();
    let done = unsafe {
        if utc != 0 {
            gmtime_r(&secs, &mut tm)
        } else {
            localtime_r(&secs, &mut tm)
        }
    };
    if done.is_null() {
        return overflow_error(ts, "timestamp out of range for platform time_t");
    }
    tm_tuple(ts, &tm)
}

/// `_mktime(year, mon, mday, hour, min, sec, isdst)` in C's conventions
/// (years since 1900, months from 0): the POSIX time, or None when the C
/// library cannot represent it.
pub unsafe extern "C" fn make_time(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(v) = (unsafe { int_args::<7>(ts, "_mktime", argv, n, kw) }) else {
        return 0;
    };
    let mut tm = Tm::zeroed();
    for (slot, value) in [5, 4, 3, 2, 1, 0, 8].into_iter().zip(v) {
        tm.fields[slot] = value as i32;
    }
    // A result of -1 is an error only when mktime left the weekday unset.
    tm.fields[6] = -1;
    let result = unsafe { mktime(&mut tm) };
    if result == -1 && tm.fields[6] == -1 {
        return none::none();
    }
    int::from_i64(ts, result)
}

/// `_strftime(format, year, mon, mday, hour, min, sec, wday, yday, isdst,
/// zone, gmtoff)` with every number in C's conventions and `zone` a str or
/// None, as CPython fills the `struct tm` it passes to `strftime`.
pub unsafe extern "C" fn format_time(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let all = unsafe { args::slice(argv, n) };
    if kw != 0 || all.len() != 12 || !str_::is_str(all[0]) {
        return crate::error::type_error(ts, "_strftime: bad arguments");
    }
    let mut tm = Tm::zeroed();
    for (slot, arg) in [5, 4, 3, 2, 1, 0, 6, 7, 8].into_iter().zip(&all[1..10]) {
        let Some(value) = (unsafe { int::index_value(ts, *arg, "") }) else {
            return 0;
        };
        tm.fields[slot] = value as i32;
    }
    let zone = if str_::is_str(all[10]) {
        let text = unsafe { str_::bytes(all[10]) };
        if text.contains(&0) {
            return value_error(ts, "embedded null character");
        }
        let mut owned = text.to_vec();
        owned.push(0);
        Some(owned)
    } else {
        None
    };
    if let Some(zone) = &zone {
        tm.tm_zone = zone.as_ptr().cast();
    }
    let Some(gmtoff) = (unsafe { int::index_value(ts, all[11], "") }) else {
        return 0;
    };
    tm.tm_gmtoff = gmtoff;
    let format = unsafe { str_::bytes(all[0]) };
    if format.contains(&0) {
        return value_error(ts, "embedded null character");
    }
    let mut c_format = format.to_vec();
    c_format.push(0);
    // As CPython: grow the buffer until the result fits, since a 0 result
    // means either "too small" or "empty".
    let mut size = 1024usize.max(format.len());
    loop {
        let mut out = vec![0u8; size];
        let written = unsafe { strftime(out.as_mut_ptr(), size, c_format.as_ptr(), &tm) };
        if written > 0 || size >= 256 * format.len() {
            out.truncate(written);
            return str_::new(ts, &String::from_utf8_lossy(&out));
        }
        size *= 2;
    }
}

/// `_tzinfo()`: `(timezone, altzone, daylight, (std_name, dst_name))` as
/// CPython computes them at start-up: the zones of January and July of the
/// current year, standard time first.
pub unsafe extern "C" fn zone_info(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "_tzinfo", argv, n, kw) } {
        return 0;
    }
    unsafe { tzset() };
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = unsafe { time(std::ptr::null_mut()) };
    let january = now / YEAR * YEAR;
    let sample = |secs: i64| {
        let tm = Tm::local(secs).unwrap_or_else(Tm::zeroed);
        (-tm.tm_gmtoff, tm.zone_name().unwrap_or_default())
    };
    let (jan_zone, jan_name) = sample(january);
    let (jul_zone, jul_name) = sample(january + YEAR / 2);
    // South of the equator, daylight time is in January.
    let ((zone, zone_name), (alt, alt_name)) = if jan_zone < jul_zone {
        ((jul_zone, jul_name), (jan_zone, jan_name))
    } else {
        ((jan_zone, jan_name), (jul_zone, jul_name))
    };
    let pins = unsafe { PinScope::new(ts) };
    let words = [
        pins.pin(int::from_i64(ts, zone)),
        pins.pin(int::from_i64(ts, alt)),
        pins.pin(int::from_i64(ts, i64::from(zone != alt))),
        pins.pin(str_::new(ts, &zone_name)),
        pins.pin(str_::new(ts, &alt_name)),
    ];
    if words.contains(&0) {
        return 0;
    }
    tuple::new(ts, &words)
}
