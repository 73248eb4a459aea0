//! Test support for the `str` and `bytes` unit tests: building Python
//! values from a small literal language, calling methods and slots
//! directly (so the tests do not depend on other types' entry points), and
//! rendering results as Python's `repr` would.

use super::{bytes, is_str, lossy};
use crate::object::{Word, is_instance, is_small, small, small_value, type_of};
use crate::thread::Thread;
use crate::types::{
    bool as bool_, bytes as bytes_, dict, exception, float, list, none, slice, tuple,
};
use typhon_abi::{BinOp, CmpOp};

/// A Python value written in a test table.
#[derive(Clone, Copy)]
pub enum V {
    N,
    B(bool),
    I(i64),
    F(f64),
    S(&'static str),
    Y(&'static [u8]),
    T(&'static [V]),
    L(&'static [V]),
    /// A dict; as the last operand of `str()`/`bytes()` rows, keyword arguments.
    D(&'static [(&'static str, V)]),
    /// A dict with int keys (translation tables).
    M(&'static [(i64, V)]),
}

/// A thread ready to raise exceptions. Leaked: tests are short-lived.
pub fn thread() -> *mut Thread {
    let ts = Box::into_raw(Box::new(Thread::new(0)));
    exception::init(ts);
    ts
}

pub fn make(ts: *mut Thread, v: V) -> Word {
    match v {
        V::N => none::none(),
        V::B(b) => bool_::from_bool(b),
        V::I(i) => small(i).unwrap_or(0),
        V::F(f) => float::new(ts, f),
        V::S(s) => super::new(ts, s),
        V::Y(b) => bytes_::new(ts, b),
        V::T(items) => tuple::new(ts, &items.iter().map(|i| make(ts, *i)).collect::<Vec<_>>()),
        V::L(items) => list::new(ts, items.iter().map(|i| make(ts, *i)).collect()),
        V::D(pairs) => {
            let d = dict::new(ts);
            for (key, value) in pairs {
                unsafe { dict::set(ts, d, super::new(ts, key), make(ts, *value)) };
            }
            d
        }
        V::M(pairs) => {
            let d = dict::new(ts);
            for (key, value) in pairs {
                unsafe { dict::set(ts, d, small(*key).unwrap_or(0), make(ts, *value)) };
            }
            d
        }
    }
}

/// Python's `repr` of a result, or `!Type: message` for a pending exception.
pub fn show(ts: *mut Thread, w: Word) -> String {
    if w == 0 {
        return pending(ts);
    }
    if is_small(w) {
        return small_value(w).to_string();
    }
    if w == none::none() {
        return "None".to_string();
    }
    if is_instance(w, &bool_::BOOL_TYPE) {
        return if w == bool_::true_() { "True" } else { "False" }.to_string();
    }
    let mut out = Vec::new();
    if is_str(w) {
        super::repr::push_repr(&mut out, unsafe { bytes(w) });
    } else if bytes_::is_bytes(w) {
        bytes_::push_repr(&mut out, unsafe { bytes_::data(w) });
    } else if is_instance(w, &list::LIST_TYPE) {
        let items: Vec<String> = unsafe { list::items(ts, w) }
            .iter()
            .map(|i| show(ts, *i))
            .collect();
        return format!("[{}]", items.join(", "));
    } else if is_instance(w, &tuple::TUPLE_TYPE) {
        let items: Vec<String> = unsafe { tuple::items(w) }
            .iter()
            .map(|i| show(ts, *i))
            .collect();
        return if items.len() == 1 {
            format!("({},)", items[0])
        } else {
            format!("({})", items.join(", "))
        };
    } else {
        let r = unsafe { crate::text::ty_repr(ts, w) };
        return if r == 0 {
            pending(ts)
        } else {
            unsafe { lossy(r) }
        };
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Take the pending exception and render it as `!Type: message`.
pub fn pending(ts: *mut Thread) -> String {
    let exc = unsafe { (*ts).exc };
    unsafe { (*ts).exc = 0 };
    if exc == 0 {
        return "!<no exception>".to_string();
    }
    let ty = type_of(exc);
    let obj = unsafe { crate::object::cast::<exception::ExceptionObject>(exc) };
    let args = unsafe { tuple::items(obj.args) };
    // The Unicode errors' message is built from their five arguments.
    let unicode = unsafe { exception::unicode::message(ts, exc) };
    let message = match args.first() {
        _ if unicode.is_some() => unsafe { lossy(unicode.unwrap_or(0)) },
        Some(arg) if is_str(*arg) && !std::ptr::eq(ty, &exception::KEY_ERROR) => unsafe {
            lossy(*arg)
        },
        Some(arg) => show(ts, *arg),
        None => String::new(),
    };
    format!("!{}: {}", ty.name, message)
}

/// Call method `name` of `recv` with positional `args` and keywords `kwargs`.
pub fn call(ts: *mut Thread, recv: V, name: &str, args: &[V], kwargs: &[(&str, V)]) -> String {
    let this = make(ts, recv);
    let mut all = vec![this];
    all.extend(args.iter().map(|a| make(ts, *a)));
    all.extend(kwargs.iter().map(|(_, v)| make(ts, *v)));
    if all.contains(&0) {
        return pending(ts);
    }
    let kwnames = keyword_names(ts, kwargs);
    let Some(method) = type_of(this).find_method(name) else {
        return format!("!no method {name}");
    };
    let result = unsafe { method(ts, all.as_ptr(), all.len() as i64, kwnames) };
    show(ts, result)
}

/// Apply an operator row: `%`, `+`, `*`, `r*` (int on the left), `[]`,
/// `[:]` (a tuple of start, stop, step), `in`, comparisons, `len`, `repr`,
/// `ascii`, and the constructors `str()` / `bytes()` (a tuple of arguments,
/// then `N` or a `D` of keywords).
pub fn op(ts: *mut Thread, op: &str, a: V, b: V) -> String {
    if op == "str()" || op == "bytes()" {
        let ty = if op == "str()" {
            &super::STR_TYPE
        } else {
            &bytes_::BYTES_TYPE
        };
        let V::T(args) = a else {
            return "!bad row".to_string();
        };
        let kwargs: Vec<(&str, V)> = match b {
            V::D(pairs) => pairs.to_vec(),
            _ => Vec::new(),
        };
        let mut all: Vec<Word> = args.iter().map(|x| make(ts, *x)).collect();
        all.extend(kwargs.iter().map(|(_, v)| make(ts, *v)));
        if all.contains(&0) {
            return pending(ts);
        }
        let kwnames = keyword_names(ts, &kwargs);
        let construct = ty.slots.construct.expect("constructor");
        return show(ts, unsafe {
            construct(ts, all.as_ptr(), all.len() as i64, kwnames)
        });
    }
    let (x, y) = (make(ts, a), make(ts, b));
    if x == 0 || y == 0 {
        return pending(ts);
    }
    let slots = &type_of(x).slots;
    let result = unsafe {
        match op {
            "%" => (slots.binop.expect("binop"))(ts, BinOp::Mod as i32, x, y, false),
            "+" => (slots.binop.expect("binop"))(ts, BinOp::Add as i32, x, y, false),
            "*" => (slots.binop.expect("binop"))(ts, BinOp::Mul as i32, x, y, false),
            "r*" => (type_of(y).slots.binop.expect("binop"))(ts, BinOp::Mul as i32, x, y, true),
            "[]" => (slots.getitem.expect("getitem"))(ts, x, y),
            "[:]" => {
                let V::T([start, stop, step]) = b else {
                    return "!bad row".to_string();
                };
                let s = slice::new(ts, make(ts, *start), make(ts, *stop), make(ts, *step));
                (slots.getitem.expect("getitem"))(ts, x, s)
            }
            "in" => match (type_of(y).slots.contains.expect("contains"))(ts, y, x) {
                -1 => 0,
                found => bool_::from_bool(found == 1),
            },
            "len" => small((slots.len.expect("len"))(ts, x)).unwrap_or(0),
            "repr" => crate::text::ty_repr(ts, x),
            "ascii" => crate::text::ty_ascii(ts, x),
            _ => {
                let code = ["<", "<=", "==", "!=", ">", ">="]
                    .iter()
                    .position(|o| *o == op)
                    .unwrap_or(0);
                let cmp = [
                    CmpOp::Lt,
                    CmpOp::Le,
                    CmpOp::Eq,
                    CmpOp::Ne,
                    CmpOp::Gt,
                    CmpOp::Ge,
                ][code];
                (slots.compare.expect("compare"))(ts, cmp as i32, x, y)
            }
        }
    };
    show(ts, result)
}

fn keyword_names(ts: *mut Thread, kwargs: &[(&str, V)]) -> Word {
    if kwargs.is_empty() {
        return 0;
    }
    let names: Vec<Word> = kwargs.iter().map(|(k, _)| super::new(ts, k)).collect();
    tuple::new(ts, &names)
}

/// Run every row, then fail listing every mismatch at once.
pub fn check_all(rows: Vec<(String, String, &str)>) {
    let failures: Vec<String> = rows
        .into_iter()
        .filter(|(_, got, expected)| got != expected)
        .map(|(what, got, expected)| {
            format!("{what}\n    expected: {expected}\n    got:      {got}")
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A table value rendered for failure messages.
pub fn show_v(ts: *mut Thread, v: V) -> String {
    match v {
        V::D(pairs) => format!(
            "{{{}}}",
            pairs
                .iter()
                .map(|(k, v)| format!("{k:?}: {}", show_v(ts, *v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => show(ts, make(ts, other)),
    }
}
