//! The `_time` module, native part of `stdlib/time.py`: the clocks and `sleep`: `time`, `time_ns`,
//! `perf_counter(_ns)`, `monotonic(_ns)`, `process_time(_ns)`, `sleep`.
//!
//! The clocks are the ones CPython reads on Linux: `CLOCK_REALTIME`,
//! `CLOCK_MONOTONIC` (also for `perf_counter`) and
//! `CLOCK_PROCESS_CPUTIME_ID`.
//!
//! `_localzone(secs)` is the private helper of `stdlib/datetime.py`: the
//! local time zone's offset and name at a POSIX time, from `localtime_r`.

use crate::calls::args;
use crate::error::value_error;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{float, int, none};

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

unsafe extern "C" {
    fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    fn nanosleep(request: *const Timespec, remaining: *mut Timespec) -> i32;
}

const CLOCK_REALTIME: i32 = 0;
const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("time", time),
    BuiltinFunctionObject::new_static("time_ns", time_ns),
    BuiltinFunctionObject::new_static("perf_counter", monotonic),
    BuiltinFunctionObject::new_static("perf_counter_ns", monotonic_ns),
    BuiltinFunctionObject::new_static("monotonic", monotonic),
    BuiltinFunctionObject::new_static("monotonic_ns", monotonic_ns),
    BuiltinFunctionObject::new_static("process_time", process_time),
    BuiltinFunctionObject::new_static("process_time_ns", process_time_ns),
    BuiltinFunctionObject::new_static("sleep", sleep),
    BuiltinFunctionObject::new_static("_localzone", localzone),
    BuiltinFunctionObject::new_static("_tm", super::time_struct::broken_down),
    BuiltinFunctionObject::new_static("_mktime", super::time_struct::make_time),
    BuiltinFunctionObject::new_static("_strftime", super::time_struct::format_time),
    BuiltinFunctionObject::new_static("_tzinfo", super::time_struct::zone_info),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_time", FUNCTIONS)
}

/// Nanoseconds on `clock`.
fn read_ns(clock: i32) -> i128 {
    let mut spec = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    unsafe { clock_gettime(clock, &mut spec) };
    i128::from(spec.tv_sec) * 1_000_000_000 + i128::from(spec.tv_nsec)
}

macro_rules! clock_functions {
    ($($seconds:ident, $nanos:ident, $clock:expr;)*) => {$(
        unsafe extern "C" fn $seconds(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
            let name = concat!("time.", stringify!($seconds));
            if !unsafe { args::none_given(ts, name, argv, n, kw) } {
                return 0;
            }
            float::new(ts, read_ns($clock) as f64 * 1e-9)
        }

        unsafe extern "C" fn $nanos(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
            let name = concat!("time.", stringify!($nanos));
            if !unsafe { args::none_given(ts, name, argv, n, kw) } {
                return 0;
            }
            int::from_i128(ts, read_ns($clock))
        }
    )*};
}

clock_functions! {
    time, time_ns, CLOCK_REALTIME;
    monotonic, monotonic_ns, CLOCK_MONOTONIC;
    process_time, process_time_ns, CLOCK_PROCESS_CPUTIME_ID;
}

/// `sleep(secs)`: an int or float number of seconds.
unsafe extern "C" fn sleep(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(arg) = (unsafe { args::exactly_one(ts, "time.sleep", argv, n, kw) }) else {
        return 0;
    };
    let seconds = if float::is_float(arg) {
        unsafe { float::value(arg) }
    } else {
        match unsafe { int::index_value(ts, arg, "") } {
            Some(v) => v as f64,
            None => return 0,
        }
    };
    if seconds.is_nan() {
        return value_error(ts, "Invalid value NaN (not a number)");
    }
    if seconds < 0.0 {
        return value_error(ts, "sleep length must be non-negative");
    }
    let length = std::time::Duration::from_secs_f64(seconds.min(1e12));
    if seconds == 0.0 {
        // Other threads run first, as after CPython's `sleep(0)`.
        crate::threads::yield_now(ts);
        return none::none();
    }
    let deadline = std::time::Instant::now() + length;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let request = Timespec {
            tv_sec: left.as_secs() as i64,
            tv_nsec: i64::from(left.subsec_nanos()),
        };
        // Other threads run meanwhile.
        let status =
            crate::threads::blocking(ts, || unsafe { nanosleep(&request, std::ptr::null_mut()) });
        if status == 0 {
            return none::none();
        }
        // Interrupted by a signal: its Python handler runs, and the sleep
        // goes on unless it raised (PEP 475).
        if !super::check_signals(ts) {
            return 0;
        }
    }
}

/// `_localzone(secs)`: `(utc_offset_seconds, zone_name)` of the local time
/// zone at the POSIX time `secs` (an int).
unsafe extern "C" fn localzone(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(arg) = (unsafe { args::exactly_one(ts, "time._localzone", argv, n, kw) }) else {
        return 0;
    };
    let Some(secs) = (unsafe { int::index_value(ts, arg, "") }) else {
        return 0;
    };
    let Some(tm) = super::time_struct::Tm::local(secs) else {
        return value_error(ts, "timestamp out of range for platform time_t");
    };
    let name = tm.zone_name().unwrap_or_default();
    let offset = int::from_i128(ts, i128::from(tm.tm_gmtoff));
    if offset == 0 {
        return 0;
    }
    let name = crate::types::str::new(ts, &name);
    if name == 0 {
        return 0;
    }
    crate::types::tuple::new(ts, &[offset, name])
}
