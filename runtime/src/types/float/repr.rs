//! Float to text: `repr(float)` and CPython's `PyOS_double_to_string` for
//! the codes `'e'`, `'f'`, `'g'` and `'r'` (repr), which `format()` and
//! `%`-formatting build on.
//!
//! Digits are the ones CPython's `dtoa` produces: the shortest
//! round-tripping digits come from `ryu`, correctly rounded digits at a
//! given precision from Rust's formatting (`{:.N}`, `{:.Ne}`, ties to even
//! on the exact binary value). The layout (where the
//! point goes, when an exponent is used, padding zeros) follows CPython's
//! `format_float_short` step by step.

use crate::object::Word;
use crate::thread::Thread;

/// Options of [`double_to_string`], CPython's `Py_DTSF_*` flags.
#[derive(Clone, Copy, Default)]
pub struct DtoaFlags {
    /// Always write a sign (`+1.0`).
    pub always_sign: bool,
    /// Integral values in fixed notation keep a `.0` (repr, `format(x, '.3')`).
    pub add_dot_0: bool,
    /// `#`: keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `z`: a negative value that rounds to zero prints without `-`.
    pub no_neg_0: bool,
    /// Upper-case `E`, `INF`, `NAN` (the codes `E`, `F`, `G`).
    pub upper: bool,
}

/// `repr(x)` for a float: `0.1`, `1e+16`, `1e-05`, `inf`, `-0.0`.
pub fn repr_string(x: f64) -> String {
    double_to_string(
        x,
        b'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

pub(super) unsafe fn repr_slot(ts: *mut Thread, w: Word) -> Word {
    crate::types::str::new(ts, &repr_string(unsafe { super::value(w) }))
}

/// `x` laid out by format code `code` (`b'e'`, `b'f'`, `b'g'` or `b'r'`)
/// with `precision` (digits after the point for `e`/`f`, significant digits
/// for `g`, ignored for `r`).
pub fn double_to_string(x: f64, code: u8, precision: usize, flags: DtoaFlags) -> String {
    let mut out = String::new();
    let negative = x.is_sign_negative() && !x.is_nan();
    if !x.is_finite() {
        // The sign of a NaN is never shown.
        if negative {
            out.push('-');
        } else if flags.always_sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), flags.upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let precision = if code == b'g' {
        precision.max(1)
    } else {
        precision
    } as i64;
    let (digits, mut decpt) = match code {
        b'r' => shortest_digits(x.abs()),
        b'e' => significant_digits(x.abs(), precision as usize + 1),
        b'f' => fixed_digits(x.abs(), precision as usize),
        _ => significant_digits(x.abs(), precision as usize),
    };
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        b'e' => {
            use_exp = true;
            vdigits_end = precision + 1;
        }
        b'f' => vdigits_end = decpt + precision,
        b'r' => use_exp = decpt <= -4 || decpt > 16,
        _ => {
            use_exp = decpt <= -4
                || decpt
                    > if flags.add_dot_0 {
                        precision - 1
                    } else {
                        precision
                    };
            if flags.alt {
                vdigits_end = precision;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let is_zero = digits.bytes().all(|b| b == b'0');
    if negative && !(flags.no_neg_0 && is_zero) {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    out
}

/// The shortest digits that round-trip, and the decimal point position
/// (`value == 0.DIGITS * 10**decpt`). Zero is `("0", 1)`. Ryu breaks a tie
/// between two shortest candidates toward the even digit, as CPython's
/// `dtoa` does (`repr(804176572350605.25)` is `804176572350605.2`); Rust's
/// own shortest formatting rounds such ties up.
fn shortest_digits(x: f64) -> (String, i64) {
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(x);
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{whole}{fraction}");
    let trimmed = all.trim_start_matches('0');
    let decpt = whole.len() as i64 - (all.len() - trimmed.len()) as i64
        + exponent.parse::<i64>().unwrap_or(0);
    let trimmed = trimmed.trim_end_matches('0');
    if trimmed.is_empty() {
        ("0".to_string(), 1)
    } else {
        (trimmed.to_string(), decpt)
    }
}

/// `n` correctly rounded significant digits, trailing zeros removed.
fn significant_digits(x: f64, n: usize) -> (String, i64) {
    split_scientific(&format!("{x:.*e}", n - 1))
}

/// Correctly rounded digits with `n` after the point, leading and trailing
/// zeros removed (a value that rounds to zero is `("0", 1)`).
fn fixed_digits(x: f64, n: usize) -> (String, i64) {
    let text = format!("{x:.n$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let all = format!("{whole}{fraction}");
    let trimmed = all.trim_start_matches('0');
    let decpt = whole.len() as i64 - (all.len() - trimmed.len()) as i64;
    let trimmed = trimmed.trim_end_matches('0');
    if trimmed.is_empty() {
        ("0".to_string(), 1)
    } else {
        (trimmed.to_string(), decpt)
    }
}

/// Split Rust's `D.DDDe[-]X` into digits without trailing zeros and `X + 1`.
fn split_scientific(text: &str) -> (String, i64) {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_end_matches('0');
    if trimmed.is_empty() {
        return ("0".to_string(), 1);
    }
    (
        trimmed.to_string(),
        exponent.parse::<i64>().unwrap_or(0) + 1,
    )
}
