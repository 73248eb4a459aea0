//! The inflater of `zlib.decompress`/`decompressobj`: zlib, gzip, raw and
//! automatic (zlib or gzip) framing, with zlib 1.2.13's error messages
//! ("invalid distance too far back", "incorrect header check", ...), which
//! CPython puts in `zlib.error`.
//!
//! It is resumable at the granularity of a unit (a header, a block header
//! with its code tables, one literal or match): a unit that runs out of
//! input is decoded again from its start once more input is fed, so the
//! input of an unfinished unit stays buffered here. Huffman codes are
//! decoded canonically, a bit at a time (short and simple; output speed is
//! not this module's concern).

use super::checksum::{adler32, crc32};

pub const Z_NEED_DICT: i32 = 2;
pub const Z_DATA_ERROR: i32 = -3;

const LBASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEXT: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DBASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DEXT: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
const ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];
const HISTORY: usize = 32768;
/// Bits of input looked up at once in a code's table.
const FAST_BITS: u32 = 10;

mod fast;

/// A canonical Huffman code: how many codes of each length, and the
/// symbols in code order.
#[derive(Clone, Default)]
struct Huffman {
    count: [u16; 16],
    symbol: Vec<u16>,
    /// Indexed by the next `FAST_BITS` input bits (first bit lowest): the
    /// symbol with its code length in the bits from 9 up, or 0 for a code
    /// longer than `FAST_BITS` (decoded bit by bit) or one the set lacks.
    fast: Vec<u16>,
}

impl Huffman {
    /// None when zlib's table builder rejects the lengths: an
    /// over-subscribed set, or an incomplete one (allowed only for a
    /// single code of length one, and not at all for the code-length code).
    fn new(lengths: &[u8], code_lengths: bool) -> Option<Huffman> {
        let mut h = Huffman::default();
        for &len in lengths {
            h.count[len as usize] += 1;
        }
        let max = (1..16).rev().find(|&l| h.count[l] != 0).unwrap_or(0);
        if max == 0 {
            return if code_lengths { None } else { Some(h) };
        }
        let mut left: i32 = 1;
        for len in 1..16 {
            left <<= 1;
            left -= i32::from(h.count[len]);
            if left < 0 {
                return None;
            }
        }
        if left > 0 && (code_lengths || max != 1) {
            return None;
        }
        let mut offs = [0u16; 16];
        for len in 1..15 {
            offs[len + 1] = offs[len] + h.count[len];
        }
        h.symbol = vec![0; lengths.len()];
        for (sym, &len) in lengths.iter().enumerate() {
            if len != 0 {
                h.symbol[offs[len as usize] as usize] = sym as u16;
                offs[len as usize] += 1;
            }
        }
        h.count[0] = 0;
        h.fast = fast_table(lengths, &h.count);
        Some(h)
    }
}

/// The lookup table of a canonical code with these lengths: every code
/// of at most `FAST_BITS` bits fills the entries its bit-reversed value
/// starts (codes come first bit first in the stream).
fn fast_table(lengths: &[u8], count: &[u16; 16]) -> Vec<u16> {
    let mut table = vec![0u16; 1 << FAST_BITS];
    let mut next = [0u32; 16];
    let mut code = 0u32;
    for len in 1..16 {
        code = (code + u32::from(count[len - 1])) << 1;
        next[len] = code;
    }
    for (sym, &len) in lengths.iter().enumerate() {
        let len = u32::from(len);
        if len == 0 {
            continue;
        }
        let c = next[len as usize];
        next[len as usize] += 1;
        if len > FAST_BITS {
            continue;
        }
        let reversed = (c.reverse_bits() >> (32 - len)) as usize;
        let entry = sym as u16 | (len as u16) << 9;
        for slot in table.iter_mut().skip(reversed).step_by(1 << len) {
            *slot = entry;
        }
    }
    table
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Head,
    Type,
    Stored(usize),
    Codes,
    /// A literal decoded when the output was full (zlib reads the next
    /// code before it finds it has no room).
    Lit(u8),
    Copy(usize, usize),
    Check,
    /// A zlib header asked for the preset dictionary with this Adler-32.
    Dict(u32),
    Done,
    Bad,
}

/// Append `len` bytes copied from `dist` back (overlapping when `dist <
/// len`: each pass copies what is already there).
fn copy_match(hist: &mut Vec<u8>, dist: usize, len: usize) {
    let from = hist.len() - dist;
    let mut done = 0;
    while done < len {
        let n = (len - done).min(dist);
        hist.extend_from_within(from + done..from + done + n);
        done += n;
    }
}

/// Why `run` stopped.
pub enum Outcome {
    End,
    NeedInput,
    OutputFull,
    Error(i32, Option<&'static str>),
}

/// Not enough input for the unit being decoded.
struct Short;

#[derive(Clone)]
pub struct Inflate {
    wrap: u32,
    wbits: u32,
    mode: Mode,
    gzip: bool,
    last: bool,
    hold: u64,
    bits: u32,
    inbuf: Vec<u8>,
    inpos: usize,
    /// Output history: the last `HISTORY` bytes at least, then this call's.
    hist: Vec<u8>,
    checked: usize,
    check: u32,
    total: u64,
    lens: Huffman,
    dists: Huffman,
    pub msg: Option<&'static str>,
}

impl Inflate {
    /// `inflateInit2`; None for a `wbits` zlib rejects.
    pub fn new(wbits: i32) -> Option<Inflate> {
        let (wrap, bits) = if wbits < 0 {
            if wbits < -15 {
                return None;
            }
            (0, -wbits)
        } else {
            let wrap = (wbits >> 4) + 5;
            (wrap, if wbits < 48 { wbits & 15 } else { wbits })
        };
        if bits != 0 && !(8..=15).contains(&bits) {
            return None;
        }
        Some(Inflate {
            wrap: wrap as u32,
            wbits: bits as u32,
            mode: Mode::Head,
            gzip: false,
            last: false,
            hold: 0,
            bits: 0,
            inbuf: Vec::new(),
            inpos: 0,
            hist: Vec::new(),
            checked: 0,
            check: 0,
            total: 0,
            lens: Huffman::default(),
            dists: Huffman::default(),
            msg: None,
        })
    }

    /// `inflateSetDictionary`: history that the stream's first matches may
    /// refer to. `Z_DATA_ERROR` when a zlib header asked for another
    /// dictionary, `Z_STREAM_ERROR` for a wrapped stream not asking for one.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        match self.mode {
            Mode::Dict(id) => {
                if adler32(1, dict) != id {
                    return Z_DATA_ERROR;
                }
                self.mode = Mode::Type;
            }
            _ if self.wrap != 0 => return -2,
            _ => {}
        }
        let window = 1usize << self.wbits.max(8);
        let dict = &dict[dict.len().saturating_sub(window)..];
        self.hist.extend_from_slice(dict);
        self.checked = self.hist.len();
        0
    }

    pub fn feed(&mut self, data: &[u8]) {
        self.inbuf.drain(..self.inpos);
        self.inpos = 0;
        self.inbuf.extend_from_slice(data);
    }

    /// The input not yet read (after the end of the stream: the unused
    /// data), taken out of the inflater.
    pub fn take_unread(&mut self) -> Vec<u8> {
        let rest = self.inbuf.split_off(self.inpos);
        self.inbuf.clear();
        self.inpos = 0;
        rest
    }

    fn need(&mut self, n: u32) -> Result<(), Short> {
        while self.bits < n {
            let Some(&byte) = self.inbuf.get(self.inpos) else {
                return Err(Short);
            };
            self.inpos += 1;
            self.hold |= u64::from(byte) << self.bits;
            self.bits += 8;
        }
        Ok(())
    }

    fn take(&mut self, n: u32) -> Result<u32, Short> {
        self.need(n)?;
        let v = (self.hold & ((1u64 << n) - 1)) as u32;
        self.hold >>= n;
        self.bits -= n;
        Ok(v)
    }

    fn byte_align(&mut self) {
        let drop = self.bits & 7;
        self.hold >>= drop;
        self.bits -= drop;
    }

    /// One symbol of `h` (None: a code the set does not use).
    fn decode(&mut self, dist: bool) -> Result<Option<usize>, Short> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16 {
            code |= self.take(1)? as i32;
            let h = if dist { &self.dists } else { &self.lens };
            let count = i32::from(h.count[len]);
            if code - count < first {
                return Ok(Some(h.symbol[(index + (code - first)) as usize] as usize));
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        Ok(None)
    }

    fn fail(&mut self, msg: &'static str) -> Outcome {
        self.mode = Mode::Bad;
        self.msg = Some(msg);
        Outcome::Error(Z_DATA_ERROR, Some(msg))
    }

    fn update_check(&mut self) {
        let new = &self.hist[self.checked..];
        self.total += new.len() as u64;
        if self.wrap & 4 != 0 {
            self.check = if self.gzip {
                crc32(self.check, new)
            } else {
                adler32(self.check, new)
            };
        }
        self.checked = self.hist.len();
    }

    /// Decode until the end of the stream, the end of the input, `limit`
    /// bytes of output or an error; the output is appended to `out`.
    pub fn run(&mut self, out: &mut Vec<u8>, limit: usize) -> Outcome {
        let start = self.hist.len();
        let outcome = self.run_units(start, limit);
        out.extend_from_slice(&self.hist[start..]);
        self.update_check();
        if self.hist.len() > 2 * HISTORY {
            let cut = self.hist.len() - HISTORY;
            self.hist.drain(..cut);
            self.checked = self.hist.len();
        }
        outcome
    }

    fn run_units(&mut self, start: usize, limit: usize) -> Outcome {
        loop {
            // `last` too: a block header cut short after its first bit
            // must be read again from that bit.
            let (pos, hold, bits, last) = (self.inpos, self.hold, self.bits, self.last);
            match self.unit(start, limit) {
                Ok(Some(outcome)) => return outcome,
                Ok(None) => {}
                Err(Short) => {
                    self.inpos = pos;
                    self.hold = hold;
                    self.bits = bits;
                    self.last = last;
                    return Outcome::NeedInput;
                }
            }
        }
    }

    /// Decode one unit: Some(outcome) to stop.
    fn unit(&mut self, start: usize, limit: usize) -> Result<Option<Outcome>, Short> {
        match self.mode {
            Mode::Head => return self.header(),
            Mode::Type => {
                if self.last {
                    self.byte_align();
                    self.mode = Mode::Check;
                    return Ok(None);
                }
                self.last = self.take(1)? == 1;
                match self.take(2)? {
                    0 => {
                        self.byte_align();
                        let lens = self.take(32)?;
                        if lens & 0xffff != (lens >> 16) ^ 0xffff {
                            return Ok(Some(self.fail("invalid stored block lengths")));
                        }
                        self.mode = Mode::Stored((lens & 0xffff) as usize);
                    }
                    1 => {
                        let mut lengths = [0u8; 288];
                        for (n, l) in lengths.iter_mut().enumerate() {
                            *l = match n {
                                0..=143 => 8,
                                144..=255 => 9,
                                256..=279 => 7,
                                _ => 8,
                            };
                        }
                        self.lens = Huffman::new(&lengths, false).unwrap_or_default();
                        self.dists = Huffman::new(&[5u8; 32], false).unwrap_or_default();
                        self.mode = Mode::Codes;
                    }
                    2 => {
                        if let Some(msg) = self.dynamic()? {
                            return Ok(Some(self.fail(msg)));
                        }
                        self.mode = Mode::Codes;
                    }
                    _ => return Ok(Some(self.fail("invalid block type"))),
                }
            }
            Mode::Stored(left) => {
                if left == 0 {
                    self.mode = Mode::Type;
                    return Ok(None);
                }
                let room = limit - (self.hist.len() - start);
                if room == 0 {
                    return Ok(Some(Outcome::OutputFull));
                }
                let avail = self.inbuf.len() - self.inpos;
                if avail == 0 {
                    return Err(Short);
                }
                let n = left.min(room).min(avail);
                self.hist
                    .extend_from_slice(&self.inbuf[self.inpos..self.inpos + n]);
                self.inpos += n;
                self.mode = Mode::Stored(left - n);
            }
            Mode::Codes => {
                if self.codes_fast(start, limit) {
                    // Decoded output is final: a later short unit must not
                    // roll back to before it.
                    return Ok(None);
                }
                let Some(sym) = self.decode(false)? else {
                    return Ok(Some(self.fail("invalid literal/length code")));
                };
                if sym < 256 {
                    if self.hist.len() - start >= limit {
                        self.mode = Mode::Lit(sym as u8);
                        return Ok(Some(Outcome::OutputFull));
                    }
                    self.hist.push(sym as u8);
                } else if sym == 256 {
                    self.mode = Mode::Type;
                } else {
                    let sym = sym - 257;
                    if sym >= 29 {
                        return Ok(Some(self.fail("invalid literal/length code")));
                    }
                    let len = LBASE[sym] as usize + self.take(u32::from(LEXT[sym]))? as usize;
                    let Some(dsym) = self.decode(true)? else {
                        return Ok(Some(self.fail("invalid distance code")));
                    };
                    if dsym >= 30 {
                        return Ok(Some(self.fail("invalid distance code")));
                    }
                    let dist = DBASE[dsym] as usize + self.take(u32::from(DEXT[dsym]))? as usize;
                    if dist > self.hist.len() {
                        return Ok(Some(self.fail("invalid distance too far back")));
                    }
                    self.mode = Mode::Copy(len, dist);
                }
            }
            Mode::Lit(byte) => {
                if self.hist.len() - start >= limit {
                    return Ok(Some(Outcome::OutputFull));
                }
                self.hist.push(byte);
                self.mode = Mode::Codes;
            }
            Mode::Copy(len, dist) => {
                let room = limit - (self.hist.len() - start);
                if room == 0 {
                    return Ok(Some(Outcome::OutputFull));
                }
                let n = len.min(room);
                copy_match(&mut self.hist, dist, n);
                self.mode = if n == len {
                    Mode::Codes
                } else {
                    Mode::Copy(len - n, dist)
                };
            }
            Mode::Check => return self.trailer(),
            Mode::Dict(_) => return Ok(Some(Outcome::Error(Z_NEED_DICT, None))),
            Mode::Done => return Ok(Some(Outcome::End)),
            Mode::Bad => {
                return Ok(Some(Outcome::Error(Z_DATA_ERROR, self.msg)));
            }
        }
        Ok(None)
    }

    fn trailer(&mut self) -> Result<Option<Outcome>, Short> {
        if self.wrap != 0 {
            let value = self.take(32)?;
            self.update_check();
            let value = if self.gzip { value } else { value.swap_bytes() };
            if self.wrap & 4 != 0 && value != self.check {
                return Ok(Some(self.fail("incorrect data check")));
            }
            if self.gzip {
                let length = self.take(32)?;
                if self.wrap & 4 != 0 && u64::from(length) != self.total & 0xffff_ffff {
                    return Ok(Some(self.fail("incorrect length check")));
                }
            }
        }
        self.mode = Mode::Done;
        Ok(Some(Outcome::End))
    }

    fn header(&mut self) -> Result<Option<Outcome>, Short> {
        if self.wrap == 0 {
            self.mode = Mode::Type;
            return Ok(None);
        }
        self.need(16)?;
        if self.wrap & 2 != 0 && self.hold & 0xffff == 0x8b1f {
            return self.gzip_header();
        }
        let h = (self.hold & 0xffff) as u32;
        if self.wrap & 1 == 0 || !(((h & 0xff) << 8) + (h >> 8)).is_multiple_of(31) {
            return Ok(Some(self.fail("incorrect header check")));
        }
        if h & 0x0f != 8 {
            return Ok(Some(self.fail("unknown compression method")));
        }
        let len = ((h >> 4) & 0x0f) + 8;
        if self.wbits == 0 {
            self.wbits = len;
        }
        if len > 15 || len > self.wbits {
            return Ok(Some(self.fail("invalid window size")));
        }
        self.take(16)?;
        self.check = 1;
        if h & 0x2000 != 0 {
            let id = self.take(32)?.swap_bytes();
            self.mode = Mode::Dict(id);
            return Ok(Some(Outcome::Error(Z_NEED_DICT, None)));
        }
        self.mode = Mode::Type;
        Ok(None)
    }

    fn gzip_header(&mut self) -> Result<Option<Outcome>, Short> {
        let start = self.inpos - 2;
        self.take(16)?;
        if self.wbits == 0 {
            self.wbits = 15;
        }
        let flags = self.take(16)?;
        if flags & 0xff != 8 {
            return Ok(Some(self.fail("unknown compression method")));
        }
        if flags & 0xe000 != 0 {
            return Ok(Some(self.fail("unknown header flags set")));
        }
        self.take(32)?;
        self.take(16)?;
        if flags & 0x0400 != 0 {
            let len = self.take(16)?;
            for _ in 0..len {
                self.take(8)?;
            }
        }
        for flag in [0x0800, 0x1000] {
            if flags & flag != 0 {
                while self.take(8)? != 0 {}
            }
        }
        if flags & 0x0200 != 0 {
            let crc = crc32(0, &self.inbuf[start..self.inpos]) & 0xffff;
            if self.take(16)? != crc && self.wrap & 4 != 0 {
                return Ok(Some(self.fail("header crc mismatch")));
            }
        }
        self.gzip = true;
        self.check = 0;
        self.mode = Mode::Type;
        Ok(None)
    }

    /// Read a dynamic block's code tables; Some(message) when invalid.
    fn dynamic(&mut self) -> Result<Option<&'static str>, Short> {
        let nlen = self.take(5)? as usize + 257;
        let ndist = self.take(5)? as usize + 1;
        let ncode = self.take(4)? as usize + 4;
        if nlen > 286 || ndist > 30 {
            return Ok(Some("too many length or distance symbols"));
        }
        let mut lengths = [0u8; 19];
        for &index in ORDER.iter().take(ncode) {
            lengths[index] = self.take(3)? as u8;
        }
        if lengths.iter().all(|&l| l == 0) {
            // zlib builds an empty code here and reads every length as 0.
            return Ok(Some("invalid code -- missing end-of-block"));
        }
        let Some(code) = Huffman::new(&lengths, true) else {
            return Ok(Some("invalid code lengths set"));
        };
        self.lens = code;
        let mut all = vec![0u8; nlen + ndist];
        let mut index = 0;
        while index < nlen + ndist {
            let Some(sym) = self.decode(false)? else {
                return Ok(Some("invalid code lengths set"));
            };
            if sym < 16 {
                all[index] = sym as u8;
                index += 1;
                continue;
            }
            let (value, repeat) = match sym {
                16 => {
                    if index == 0 {
                        return Ok(Some("invalid bit length repeat"));
                    }
                    (all[index - 1], 3 + self.take(2)? as usize)
                }
                17 => (0, 3 + self.take(3)? as usize),
                _ => (0, 11 + self.take(7)? as usize),
            };
            if index + repeat > nlen + ndist {
                return Ok(Some("invalid bit length repeat"));
            }
            all[index..index + repeat].fill(value);
            index += repeat;
        }
        if all[256] == 0 {
            return Ok(Some("invalid code -- missing end-of-block"));
        }
        let Some(lens) = Huffman::new(&all[..nlen], false) else {
            return Ok(Some("invalid literal/lengths set"));
        };
        let Some(dists) = Huffman::new(&all[nlen..], false) else {
            return Ok(Some("invalid distances set"));
        };
        self.lens = lens;
        self.dists = dists;
        Ok(None)
    }
}
