//! `format(z, spec)` for complex numbers, CPython's
//! `format_complex_internal`: each part laid out like a float without
//! padding (the imaginary one always signed unless the real part is
//! omitted), then `j`, parentheses for the empty type, and the padding of
//! the whole. An empty spec gives `repr(z)`.

use super::number::layout;
use super::{FormatError, Spec, parse_spec, unknown_code};
use crate::types::float::{DtoaFlags, double_to_string};

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<Vec<u8>, FormatError> {
    let spec = parse_spec(spec, None, '>', "complex")?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(other) => return Err(unknown_code(other, "complex")),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::Value("precision too big".into()));
    }
    if spec.fill == '0' {
        return Err(FormatError::Value(
            "Zero padding is not allowed in complex format specifier".into(),
        ));
    }
    if spec.align == Some('=') {
        return Err(FormatError::Value(
            "'=' alignment flag is not allowed in complex format specifier".into(),
        ));
    }
    let flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        upper: matches!(spec.ty, Some('E' | 'F' | 'G')),
        ..DtoaFlags::default()
    };
    let mut skip_re = false;
    let mut add_parens = false;
    let mut default_precision = 6;
    let mut code = match spec.ty {
        None => {
            default_precision = 0;
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                add_parens = true;
            }
            b'r'
        }
        Some('n') => b'g',
        Some(c) => c.to_ascii_lowercase() as u8,
    };
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == b'r' {
                code = b'g';
            }
            p
        }
    };
    let part = |x: f64, sign: Option<char>| -> Vec<u8> {
        let text = double_to_string(x, code, precision, flags);
        let (negative, unsigned) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        };
        let split = unsigned.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = unsigned.split_at(split);
        let bare = Spec {
            fill: ' ',
            align: Some('<'),
            sign,
            width: 0,
            ..spec.clone()
        };
        layout(negative, "", digits, rest.as_bytes(), &bare, 3)
    };
    let mut body = Vec::new();
    if add_parens {
        body.push(b'(');
    }
    if !skip_re {
        body.extend(part(re, spec.sign));
    }
    let im_sign = if skip_re { spec.sign } else { Some('+') };
    body.extend(part(im, im_sign));
    body.push(b'j');
    if add_parens {
        body.push(b')');
    }
    let len = String::from_utf8_lossy(&body).chars().count();
    let total = spec.width.saturating_sub(len);
    let (left, right) = match spec.align.unwrap_or('>') {
        '<' => (0, total),
        '^' => (total / 2, total - total / 2),
        _ => (total, 0),
    };
    let mut fill = [0u8; 4];
    let fill = spec.fill.encode_utf8(&mut fill).as_bytes();
    let mut out = Vec::with_capacity(body.len() + total * fill.len());
    (0..left).for_each(|_| out.extend_from_slice(fill));
    out.extend(body);
    (0..right).for_each(|_| out.extend_from_slice(fill));
    Ok(out)
}
