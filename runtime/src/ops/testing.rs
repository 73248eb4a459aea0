//! Test support for the number tests: a thread to run on, constructors for
//! operands, and `show`, which renders a result (or the pending exception,
//! as the last line of a CPython traceback would) without depending on the
//! generic `repr` machinery.

use crate::object::{Word, is_exact, is_small, type_of};
use crate::thread::Thread;
use crate::types::exception::ExceptionObject;
use crate::types::{bool as bool_, float, int, none, str as str_, tuple};
use num_bigint::BigInt;

/// A fresh thread with the exception machinery initialised; leaked, as
/// objects are never freed yet anyway.
pub(crate) fn thread() -> *mut Thread {
    let ts = Box::into_raw(Box::new(Thread::new(0)));
    crate::types::exception::init(ts);
    ts
}

/// The value of a token as the tables write it: `True`, `inf`, `'a'`,
/// `1.5`, `-7`, or an int expression of powers such as `-2**100+1`.
pub(crate) fn value(ts: *mut Thread, token: &str) -> Word {
    match token {
        "True" | "False" => bool_::from_bool(token == "True"),
        "None" => none::none(),
        "inf" | "-inf" | "nan" => float::new(ts, token.parse().unwrap_or(f64::NAN)),
        _ if token.starts_with('\'') => str_::new(ts, token.trim_matches('\'')),
        _ if token.contains("**") || token.bytes().skip(1).all(|b| b.is_ascii_digit()) => {
            int::from_bigint(ts, int_expr(token))
        }
        _ => float::new(ts, token.parse().unwrap_or(f64::NAN)),
    }
}

/// A sum of terms `[-]digits` or `[-]base**exponent`.
pub(crate) fn int_expr(token: &str) -> BigInt {
    let bytes = token.as_bytes();
    let mut cuts = vec![0];
    cuts.extend(
        (1..bytes.len()).filter(|i| matches!(bytes[*i], b'+' | b'-') && bytes[i - 1] != b'*'),
    );
    cuts.push(bytes.len());
    cuts.windows(2)
        .map(|w| {
            let term = &token[w[0]..w[1]];
            let (negative, term) = match term.as_bytes()[0] {
                b'-' => (true, &term[1..]),
                b'+' => (false, &term[1..]),
                _ => (false, term),
            };
            let magnitude = match term.split_once("**") {
                Some((base, exponent)) => BigInt::from(base.parse::<u64>().unwrap_or(0))
                    .pow(exponent.parse::<u32>().unwrap_or(0)),
                None => term.parse::<BigInt>().unwrap_or_default(),
            };
            if negative { -magnitude } else { magnitude }
        })
        .sum()
}

/// The value as Python's `repr` shows it, or `ExcType: message` when `w` is
/// 0 (the pending exception is taken).
pub(crate) fn show(ts: *mut Thread, w: Word) -> String {
    if w == 0 {
        let exc = unsafe { std::mem::replace(&mut (*ts).exc, 0) };
        if exc == 0 {
            return "<no exception>".into();
        }
        let name = type_of(exc).name;
        let args = unsafe { tuple::items(crate::object::cast::<ExceptionObject>(exc).args) };
        return match args {
            [] => name.to_string(),
            [one] if is_exact(*one, &str_::STR_TYPE) => {
                format!("{name}: {}", unsafe { str_::lossy(*one) })
            }
            [one] => format!("{name}: {}", show(ts, *one)),
            many => {
                let parts: Vec<String> = many.iter().map(|a| show(ts, *a)).collect();
                format!("{name}: ({})", parts.join(", "))
            }
        };
    }
    if is_small(w) || int::is_int(w) && !bool_::is_bool(w) {
        return match int::view(w) {
            Some(int::Int::Small(v)) => v.to_string(),
            Some(int::Int::Big(b)) => b.to_string(),
            None => "?".into(),
        };
    }
    if bool_::is_bool(w) {
        return if unsafe { bool_::value(w) } {
            "True"
        } else {
            "False"
        }
        .into();
    }
    if float::is_float(w) {
        return float::repr_string(unsafe { float::value(w) });
    }
    if crate::types::complex::is_complex(w) {
        let (re, im) = unsafe { crate::types::complex::parts(w) };
        return crate::types::complex::repr_string(re, im);
    }
    if is_exact(w, &str_::STR_TYPE) {
        return format!("'{}'", unsafe { str_::lossy(w) });
    }
    if is_exact(w, &tuple::TUPLE_TYPE) {
        let parts: Vec<String> = unsafe { tuple::items(w) }
            .iter()
            .map(|a| show(ts, *a))
            .collect();
        return if parts.len() == 1 {
            format!("({},)", parts[0])
        } else {
            format!("({})", parts.join(", "))
        };
    }
    if w == none::none() {
        return "None".into();
    }
    if w == none::not_implemented() {
        return "NotImplemented".into();
    }
    format!("<{}>", type_of(w).name)
}
