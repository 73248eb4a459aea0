//! Generalised UTF-8: UTF-8 that also encodes lone surrogates
//! (`chr(0xD800)` is `ED A0 80`), the byte format of every `str`.
//!
//! The decoder never panics, even on bytes that are not well formed (a
//! string built from a bad literal must not crash the runtime): a stray byte
//! decodes as itself.

/// Decode the code point starting at byte `i` of `b`: `(code point, byte length)`.
/// `i` must be below `b.len()`.
#[inline]
pub fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let lead = b[i];
    if lead < 0x80 {
        return (lead as u32, 1);
    }
    let (len, init) = match lead {
        0xC0..=0xDF => (2, (lead & 0x1F) as u32),
        0xE0..=0xEF => (3, (lead & 0x0F) as u32),
        0xF0..=0xF7 => (4, (lead & 0x07) as u32),
        _ => return (lead as u32, 1),
    };
    if i + len > b.len() {
        return (lead as u32, 1);
    }
    let mut cp = init;
    for byte in &b[i + 1..i + len] {
        if byte & 0xC0 != 0x80 {
            return (lead as u32, 1);
        }
        cp = (cp << 6) | (byte & 0x3F) as u32;
    }
    (cp, len)
}

/// Append the encoding of `cp` (any value below 0x110000, surrogates included).
#[inline]
/// Encode `cp` into `buf`; returns the number of bytes written.
pub fn encode(cp: u32, buf: &mut [u8; 4]) -> usize {
    if cp < 0x80 {
        buf[0] = cp as u8;
        1
    } else if cp < 0x800 {
        buf[0] = 0xC0 | (cp >> 6) as u8;
        buf[1] = 0x80 | (cp & 0x3F) as u8;
        2
    } else if cp < 0x10000 {
        buf[0] = 0xE0 | (cp >> 12) as u8;
        buf[1] = 0x80 | ((cp >> 6) & 0x3F) as u8;
        buf[2] = 0x80 | (cp & 0x3F) as u8;
        3
    } else {
        buf[0] = 0xF0 | (cp >> 18) as u8;
        buf[1] = 0x80 | ((cp >> 12) & 0x3F) as u8;
        buf[2] = 0x80 | ((cp >> 6) & 0x3F) as u8;
        buf[3] = 0x80 | (cp & 0x3F) as u8;
        4
    }
}

pub fn push(out: &mut Vec<u8>, cp: u32) {
    if cp < 0x80 {
        out.push(cp as u8);
    } else if cp < 0x800 {
        out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]);
    } else if cp < 0x10000 {
        out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    } else {
        out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    }
}

/// Bytes needed to encode `cp`.
#[inline]
pub fn width(cp: u32) -> usize {
    match cp {
        0..0x80 => 1,
        0x80..0x800 => 2,
        0x800..0x10000 => 3,
        _ => 4,
    }
}

/// Number of code points in `b`.
pub fn count(b: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        i += decode(b, i).1;
        n += 1;
    }
    n
}

/// Byte offset of code point `index` (`b.len()` when `index` is the length).
pub fn offset(b: &[u8], index: usize) -> usize {
    let mut i = 0;
    for _ in 0..index {
        if i >= b.len() {
            break;
        }
        i += decode(b, i).1;
    }
    i
}

/// The code points of `b`, in order.
pub fn chars(b: &[u8]) -> Chars<'_> {
    Chars {
        b,
        i: 0,
        end: b.len(),
    }
}

pub struct Chars<'a> {
    b: &'a [u8],
    i: usize,
    end: usize,
}

impl Chars<'_> {
    /// Byte offset of the next code point `next` would yield.
    pub fn offset(&self) -> usize {
        self.i
    }

    /// Byte offset just past the code point `next_back` would yield.
    pub fn back_offset(&self) -> usize {
        self.end
    }
}

impl Iterator for Chars<'_> {
    type Item = u32;

    #[inline]
    fn next(&mut self) -> Option<u32> {
        if self.i >= self.end {
            return None;
        }
        let (cp, len) = decode(self.b, self.i);
        self.i += len;
        Some(cp)
    }
}

impl DoubleEndedIterator for Chars<'_> {
    fn next_back(&mut self) -> Option<u32> {
        if self.end <= self.i {
            return None;
        }
        // Back up over continuation bytes (at most three) to the lead byte.
        let mut start = self.end - 1;
        while start > self.i && self.end - start < 4 && self.b[start] & 0xC0 == 0x80 {
            start -= 1;
        }
        let (cp, len) = decode(self.b, start);
        if start + len == self.end {
            self.end = start;
            Some(cp)
        } else {
            // Malformed tail: yield its last byte alone, as `decode` would.
            self.end -= 1;
            Some(self.b[self.end] as u32)
        }
    }
}

/// Whether `b` contains an encoded surrogate, so is not valid UTF-8 for Rust.
pub fn has_surrogate(b: &[u8]) -> bool {
    b.windows(2).any(|w| w[0] == 0xED && w[1] >= 0xA0)
}

/// `b` as Rust text when it is plain UTF-8 (no surrogates, well formed).
pub fn as_str(b: &[u8]) -> Option<&str> {
    std::str::from_utf8(b).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(cps: &[u32]) {
        let mut buf = Vec::new();
        for cp in cps {
            push(&mut buf, *cp);
        }
        assert_eq!(chars(&buf).collect::<Vec<_>>(), cps);
        assert_eq!(
            chars(&buf).rev().collect::<Vec<_>>(),
            cps.iter().rev().copied().collect::<Vec<_>>()
        );
        assert_eq!(count(&buf), cps.len());
    }

    #[test]
    fn round_trips() {
        check(&[0x61, 0xE9, 0x20AC, 0x1F600, 0xD800, 0xDFFF, 0x10FFFF, 0]);
        check(&[]);
    }

    #[test]
    fn malformed_bytes_do_not_panic() {
        let bad = [0xFF, 0xE2, 0x82, 0xC3];
        assert_eq!(
            chars(&bad).collect::<Vec<_>>(),
            vec![0xFF, 0xE2, 0x82, 0xC3]
        );
        assert_eq!(chars(&bad).rev().count(), 4);
    }
}
