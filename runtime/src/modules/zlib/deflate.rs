//! The deflate compressor of `zlib.compress`/`compressobj`, behaving as
//! zlib 1.2.13 so the bytes are CPython's: the per-level configuration,
//! hash chains over a sliding window, greedy (levels 1-3) and lazy (4-9)
//! matching, the stored (level 0), RLE and Huffman-only strategies, and
//! `deflate()`'s flush and buffer handling, whose block boundaries depend
//! on how much output room each call has (the caller reproduces CPython's
//! output-buffer sizes). The block coding is `trees.rs`.

use super::checksum::{adler32, crc32};
use super::trees::{Ct, D_CODES, HEAP_SIZE};

pub const Z_NO_FLUSH: i32 = 0;
pub const Z_PARTIAL_FLUSH: i32 = 1;
pub const Z_FULL_FLUSH: i32 = 3;
pub const Z_FINISH: i32 = 4;
pub const Z_BLOCK: i32 = 5;
pub const Z_OK: i32 = 0;
pub const Z_STREAM_END: i32 = 1;
pub const Z_STREAM_ERROR: i32 = -2;
pub const Z_BUF_ERROR: i32 = -5;
pub(super) const Z_FILTERED: i32 = 1;
pub(super) const Z_HUFFMAN_ONLY: i32 = 2;
pub(super) const Z_RLE: i32 = 3;
pub const Z_FIXED: i32 = 4;

pub(super) const MIN_MATCH: usize = 3;
pub(super) const MAX_MATCH: usize = 258;
pub(super) const MIN_LOOKAHEAD: usize = MAX_MATCH + MIN_MATCH + 1;
pub(super) const TOO_FAR: usize = 4096;
pub(super) const MAX_STORED: usize = 65535;

/// (good_length, max_lazy, nice_length, max_chain) per level.
const CONFIG: [(usize, usize, usize, usize); 10] = [
    (0, 0, 0, 0),
    (4, 4, 8, 4),
    (4, 5, 16, 8),
    (4, 6, 32, 32),
    (4, 4, 16, 16),
    (8, 16, 32, 32),
    (8, 16, 128, 128),
    (8, 32, 128, 256),
    (32, 128, 258, 1024),
    (32, 258, 258, 4096),
];

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Status {
    Init,
    Gzip,
    Busy,
    Finish,
}

#[derive(PartialEq)]
pub(super) enum Block {
    NeedMore,
    Done,
    FinishStarted,
    FinishDone,
}

/// One call's input and output: `input[next_in..]` is unread and at most
/// `avail_out` more bytes may be appended to `output`.
pub struct Io<'a> {
    pub input: &'a [u8],
    pub next_in: usize,
    pub output: &'a mut Vec<u8>,
    pub avail_out: usize,
}

impl Io<'_> {
    pub(super) fn avail_in(&self) -> usize {
        self.input.len() - self.next_in
    }
}

/// A compression stream (zlib's `deflate_state` plus the `z_stream`
/// counters it reads).
#[derive(Clone)]
pub struct Deflate {
    pub(super) level: usize,
    pub(super) strategy: i32,
    pub(super) wrap: i32,
    pub(super) status: Status,
    pub(super) last_flush: i32,
    pub(super) w_size: usize,
    pub(super) w_mask: usize,
    pub(super) window: Vec<u8>,
    pub(super) window_size: usize,
    pub(super) prev: Vec<u16>,
    pub(super) head: Vec<u16>,
    pub(super) ins_h: usize,
    pub(super) hash_mask: usize,
    pub(super) hash_shift: u32,
    pub(super) block_start: i64,
    pub(super) match_length: usize,
    pub(super) prev_match: usize,
    pub(super) match_available: bool,
    pub(super) strstart: usize,
    pub(super) match_start: usize,
    pub(super) lookahead: usize,
    pub(super) prev_length: usize,
    pub(super) max_chain_length: usize,
    pub(super) max_lazy_match: usize,
    pub(super) good_match: usize,
    pub(super) nice_match: usize,
    pub(super) insert: usize,
    pub(super) pending_buf_size: usize,
    pub(super) pending_buf: Vec<u8>,
    pub(super) pending_out: usize,
    pub(super) sym_buf: Vec<u8>,
    pub(super) sym_next: usize,
    pub(super) sym_end: usize,
    pub(super) dyn_ltree: [Ct; HEAP_SIZE],
    pub(super) dyn_dtree: [Ct; 2 * D_CODES + 1],
    pub(super) bl_tree: [Ct; 2 * 19 + 1],
    pub(super) l_max_code: usize,
    pub(super) d_max_code: usize,
    pub(super) bl_max_code: usize,
    pub(super) bl_count: [u16; 16],
    pub(super) heap: [usize; HEAP_SIZE],
    pub(super) heap_len: usize,
    pub(super) heap_max: usize,
    pub(super) depth: [u8; HEAP_SIZE],
    pub(super) opt_len: u64,
    pub(super) static_len: u64,
    pub(super) matches: usize,
    pub(super) bi_buf: u16,
    pub(super) bi_valid: u32,
    pub(super) check: u32,
    pub(super) total_in: u64,
}

impl Deflate {
    /// `deflateInit2` with method 8; None for zlib's `Z_STREAM_ERROR`.
    pub fn new(level: i32, wbits: i32, mem_level: i32, strategy: i32) -> Option<Deflate> {
        let level = if level == -1 { 6 } else { level };
        let (wrap, mut bits) = if wbits < 0 {
            if wbits < -15 {
                return None;
            }
            (0, -wbits)
        } else if wbits > 15 {
            (2, wbits - 16)
        } else {
            (1, wbits)
        };
        if !(1..=9).contains(&mem_level)
            || !(8..=15).contains(&bits)
            || !(0..=9).contains(&level)
            || !(0..=Z_FIXED).contains(&strategy)
            || (bits == 8 && wrap != 1)
        {
            return None;
        }
        if bits == 8 {
            bits = 9;
        }
        let w_size = 1usize << bits;
        let hash_bits = mem_level as u32 + 7;
        let hash_size = 1usize << hash_bits;
        let lit_bufsize = 1usize << (mem_level + 6);
        let (good, lazy, nice, chain) = CONFIG[level as usize];
        Some(Deflate {
            level: level as usize,
            strategy,
            wrap,
            status: if wrap == 2 {
                Status::Gzip
            } else {
                Status::Init
            },
            last_flush: -2,
            w_size,
            w_mask: w_size - 1,
            window: vec![0; 2 * w_size],
            window_size: 2 * w_size,
            prev: vec![0; w_size],
            head: vec![0; hash_size],
            ins_h: 0,
            hash_mask: hash_size - 1,
            hash_shift: hash_bits.div_ceil(3),
            block_start: 0,
            match_length: MIN_MATCH - 1,
            prev_match: 0,
            match_available: false,
            strstart: 0,
            match_start: 0,
            lookahead: 0,
            prev_length: MIN_MATCH - 1,
            max_chain_length: chain,
            max_lazy_match: lazy,
            good_match: good,
            nice_match: nice,
            insert: 0,
            pending_buf_size: lit_bufsize * 4,
            pending_buf: Vec::new(),
            pending_out: 0,
            sym_buf: vec![0; lit_bufsize * 3],
            sym_next: 0,
            sym_end: (lit_bufsize - 1) * 3,
            dyn_ltree: [Ct::default(); HEAP_SIZE],
            dyn_dtree: [Ct::default(); 2 * D_CODES + 1],
            bl_tree: [Ct::default(); 2 * 19 + 1],
            l_max_code: 0,
            d_max_code: 0,
            bl_max_code: 0,
            bl_count: [0; 16],
            heap: [0; HEAP_SIZE],
            heap_len: 0,
            heap_max: 0,
            depth: [0; HEAP_SIZE],
            opt_len: 0,
            static_len: 0,
            matches: 0,
            bi_buf: 0,
            bi_valid: 0,
            check: if wrap == 2 { 0 } else { 1 },
            total_in: 0,
        })
        .map(|mut s| {
            s.init_block();
            s
        })
    }

    /// `deflateSetDictionary`: the dictionary's last window of bytes
    /// becomes history that matches may refer to; `Z_STREAM_ERROR` for a
    /// gzip stream or one already started.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        let wrap = self.wrap;
        if wrap == 2 || (wrap == 1 && self.status != Status::Init) || self.lookahead != 0 {
            return Z_STREAM_ERROR;
        }
        if wrap == 1 {
            self.check = adler32(self.check, dict);
        }
        // Off while the dictionary goes through fill_window: it is not input.
        self.wrap = 0;
        let total_in = self.total_in;
        let mut dict = dict;
        if dict.len() >= self.w_size {
            if wrap == 0 {
                self.clear_hash();
                self.strstart = 0;
                self.block_start = 0;
                self.insert = 0;
            }
            dict = &dict[dict.len() - self.w_size..];
        }
        let mut sink = Vec::new();
        let mut io = Io {
            input: dict,
            next_in: 0,
            output: &mut sink,
            avail_out: 0,
        };
        self.fill_window(&mut io);
        while self.lookahead >= MIN_MATCH {
            let mut str = self.strstart;
            for _ in 0..self.lookahead - (MIN_MATCH - 1) {
                self.ins_h = self.update_hash(self.ins_h, self.window[str + MIN_MATCH - 1]);
                self.prev[str & self.w_mask] = self.head[self.ins_h];
                self.head[self.ins_h] = str as u16;
                str += 1;
            }
            self.strstart = str;
            self.lookahead = MIN_MATCH - 1;
            self.fill_window(&mut io);
        }
        self.strstart += self.lookahead;
        self.block_start = self.strstart as i64;
        self.insert = self.lookahead;
        self.lookahead = 0;
        self.match_length = MIN_MATCH - 1;
        self.prev_length = MIN_MATCH - 1;
        self.match_available = false;
        self.total_in = total_in;
        self.wrap = wrap;
        Z_OK
    }

    pub(super) fn pending(&self) -> usize {
        self.pending_buf.len() - self.pending_out
    }

    pub(super) fn max_dist(&self) -> usize {
        self.w_size - MIN_LOOKAHEAD
    }

    fn clear_hash(&mut self) {
        self.head.fill(0);
    }

    pub(super) fn flush_pending(&mut self, io: &mut Io) {
        self.bi_flush();
        let len = self.pending().min(io.avail_out);
        if len == 0 {
            return;
        }
        io.output
            .extend_from_slice(&self.pending_buf[self.pending_out..self.pending_out + len]);
        io.avail_out -= len;
        self.pending_out += len;
        if self.pending() == 0 {
            self.pending_buf.clear();
            self.pending_out = 0;
        }
    }

    /// Take up to `size` input bytes, updating the check value: their
    /// range in `io.input`.
    pub(super) fn read_input(&mut self, io: &mut Io, size: usize) -> std::ops::Range<usize> {
        let len = io.avail_in().min(size);
        let range = io.next_in..io.next_in + len;
        io.next_in += len;
        let bytes = &io.input[range.clone()];
        if self.wrap == 1 {
            self.check = adler32(self.check, bytes);
        } else if self.wrap == 2 {
            self.check = crc32(self.check, bytes);
        }
        self.total_in += len as u64;
        range
    }

    pub(super) fn read_into_window(&mut self, io: &mut Io, at: usize, size: usize) -> usize {
        let range = self.read_input(io, size);
        let n = range.len();
        self.window[at..at + n].copy_from_slice(&io.input[range]);
        n
    }

    pub(super) fn update_hash(&self, h: usize, c: u8) -> usize {
        ((h << self.hash_shift) ^ usize::from(c)) & self.hash_mask
    }

    /// Insert the string at `pos` in its hash chain; the previous head.
    pub(super) fn insert_string(&mut self, pos: usize) -> usize {
        self.ins_h = self.update_hash(self.ins_h, self.window[pos + MIN_MATCH - 1]);
        let head = self.head[self.ins_h];
        self.prev[pos & self.w_mask] = head;
        self.head[self.ins_h] = pos as u16;
        usize::from(head)
    }

    fn slide_hash(&mut self) {
        let wsize = self.w_size as u16;
        for p in self.head.iter_mut().chain(self.prev.iter_mut()) {
            *p = p.saturating_sub(wsize);
        }
    }

    pub(super) fn fill_window(&mut self, io: &mut Io) {
        let wsize = self.w_size;
        loop {
            let mut more = self.window_size - self.lookahead - self.strstart;
            if self.strstart >= wsize + self.max_dist() {
                self.window.copy_within(wsize..wsize + wsize - more, 0);
                self.match_start = self.match_start.wrapping_sub(wsize);
                self.strstart -= wsize;
                self.block_start -= wsize as i64;
                if self.insert > self.strstart {
                    self.insert = self.strstart;
                }
                self.slide_hash();
                more += wsize;
            }
            if io.avail_in() == 0 {
                break;
            }
            let n = self.read_into_window(io, self.strstart + self.lookahead, more);
            self.lookahead += n;
            if self.lookahead + self.insert >= MIN_MATCH {
                let mut str = self.strstart - self.insert;
                self.ins_h = usize::from(self.window[str]);
                self.ins_h = self.update_hash(self.ins_h, self.window[str + 1]);
                while self.insert != 0 {
                    self.ins_h = self.update_hash(self.ins_h, self.window[str + MIN_MATCH - 1]);
                    self.prev[str & self.w_mask] = self.head[self.ins_h];
                    self.head[self.ins_h] = str as u16;
                    str += 1;
                    self.insert -= 1;
                    if self.lookahead + self.insert < MIN_MATCH {
                        break;
                    }
                }
            }
            if !(self.lookahead < MIN_LOOKAHEAD && io.avail_in() != 0) {
                break;
            }
        }
    }

    pub(super) fn longest_match(&mut self, mut cur_match: usize) -> usize {
        let mut chain_length = self.max_chain_length;
        let scan = self.strstart;
        let mut best_len = self.prev_length;
        let mut nice_match = self.nice_match;
        let limit = self.strstart.saturating_sub(self.max_dist());
        let win = &self.window;
        let mut scan_end1 = win[scan + best_len - 1];
        let mut scan_end = win[scan + best_len];
        if self.prev_length >= self.good_match {
            chain_length >>= 2;
        }
        if nice_match > self.lookahead {
            nice_match = self.lookahead;
        }
        loop {
            let m = cur_match;
            if win[m + best_len] == scan_end
                && win[m + best_len - 1] == scan_end1
                && win[m] == win[scan]
                && win[m + 1] == win[scan + 1]
            {
                // Bytes 0 and 1 match and byte 2 is taken as matching (zlib
                // does not compare it); count on from byte 3, at most 258.
                let len = match_length(win, scan, m);
                if len > best_len {
                    self.match_start = cur_match;
                    best_len = len;
                    if len >= nice_match {
                        break;
                    }
                    scan_end1 = win[scan + best_len - 1];
                    scan_end = win[scan + best_len];
                }
            }
            cur_match = usize::from(self.prev[cur_match & self.w_mask]);
            if cur_match <= limit {
                break;
            }
            chain_length -= 1;
            if chain_length == 0 {
                break;
            }
        }
        best_len.min(self.lookahead)
    }

    pub(super) fn flush_block_only(&mut self, io: &mut Io, last: bool) {
        let start = (self.block_start >= 0).then_some(self.block_start as usize);
        let len = (self.strstart as i64 - self.block_start) as usize;
        self.flush_block(start, len, last);
        self.block_start = self.strstart as i64;
        self.flush_pending(io);
    }

    fn rank(flush: i32) -> i32 {
        flush * 2 - if flush > 4 { 9 } else { 0 }
    }

    /// zlib's `deflate()`: Z_OK, Z_STREAM_END, Z_BUF_ERROR or
    /// Z_STREAM_ERROR.
    pub fn deflate(&mut self, io: &mut Io, flush: i32) -> i32 {
        if !(0..=Z_BLOCK).contains(&flush) {
            return Z_STREAM_ERROR;
        }
        if self.status == Status::Finish && flush != Z_FINISH {
            return Z_STREAM_ERROR;
        }
        if io.avail_out == 0 {
            return Z_BUF_ERROR;
        }
        let old_flush = self.last_flush;
        self.last_flush = flush;
        if self.pending() != 0 {
            self.flush_pending(io);
            if io.avail_out == 0 {
                self.last_flush = -1;
                return Z_OK;
            }
        } else if io.avail_in() == 0
            && Self::rank(flush) <= Self::rank(old_flush)
            && flush != Z_FINISH
        {
            return Z_BUF_ERROR;
        }
        if self.status == Status::Finish && io.avail_in() != 0 {
            return Z_BUF_ERROR;
        }
        if self.status == Status::Init && self.wrap == 0 {
            self.status = Status::Busy;
        }
        if self.status == Status::Init {
            let mut header = (8 + ((self.w_size.trailing_zeros() as usize - 8) << 4)) << 8;
            let level_flags = if self.strategy >= Z_HUFFMAN_ONLY || self.level < 2 {
                0
            } else if self.level < 6 {
                1
            } else if self.level == 6 {
                2
            } else {
                3
            };
            header |= level_flags << 6;
            if self.strstart != 0 {
                header |= 0x20;
            }
            header += 31 - (header % 31);
            self.put_byte((header >> 8) as u8);
            self.put_byte(header as u8);
            if self.strstart != 0 {
                // A preset dictionary: its Adler-32 follows the header.
                for b in self.check.to_be_bytes() {
                    self.put_byte(b);
                }
            }
            self.check = 1;
            self.status = Status::Busy;
            self.flush_pending(io);
            if self.pending() != 0 {
                self.last_flush = -1;
                return Z_OK;
            }
        }
        if self.status == Status::Gzip {
            self.check = 0;
            for b in [31, 139, 8, 0, 0, 0, 0, 0] {
                self.put_byte(b);
            }
            let xfl = if self.level == 9 {
                2
            } else if self.strategy >= Z_HUFFMAN_ONLY || self.level < 2 {
                4
            } else {
                0
            };
            self.put_byte(xfl);
            self.put_byte(3);
            self.status = Status::Busy;
            self.flush_pending(io);
            if self.pending() != 0 {
                self.last_flush = -1;
                return Z_OK;
            }
        }
        if io.avail_in() != 0
            || self.lookahead != 0
            || (flush != Z_NO_FLUSH && self.status != Status::Finish)
        {
            let bstate = if self.level == 0 {
                self.deflate_stored(io, flush)
            } else if self.strategy == Z_HUFFMAN_ONLY {
                self.deflate_huff(io, flush)
            } else if self.strategy == Z_RLE {
                self.deflate_rle(io, flush)
            } else if self.level <= 3 {
                self.deflate_fast(io, flush)
            } else {
                self.deflate_slow(io, flush)
            };
            if bstate == Block::FinishStarted || bstate == Block::FinishDone {
                self.status = Status::Finish;
            }
            if bstate == Block::NeedMore || bstate == Block::FinishStarted {
                if io.avail_out == 0 {
                    self.last_flush = -1;
                }
                return Z_OK;
            }
            if bstate == Block::Done {
                if flush == Z_PARTIAL_FLUSH {
                    self.align();
                } else if flush != Z_BLOCK {
                    self.stored_block(None, 0, false);
                    if flush == Z_FULL_FLUSH {
                        self.clear_hash();
                        if self.lookahead == 0 {
                            self.strstart = 0;
                            self.block_start = 0;
                            self.insert = 0;
                        }
                    }
                }
                self.flush_pending(io);
                if io.avail_out == 0 {
                    self.last_flush = -1;
                    return Z_OK;
                }
            }
        }
        if flush != Z_FINISH {
            return Z_OK;
        }
        if self.wrap <= 0 {
            return Z_STREAM_END;
        }
        if self.wrap == 2 {
            let total = self.total_in as u32;
            for b in self
                .check
                .to_le_bytes()
                .into_iter()
                .chain(total.to_le_bytes())
            {
                self.put_byte(b);
            }
        } else {
            for b in self.check.to_be_bytes() {
                self.put_byte(b);
            }
        }
        self.flush_pending(io);
        self.wrap = -self.wrap;
        if self.pending() != 0 {
            Z_OK
        } else {
            Z_STREAM_END
        }
    }
}

/// How many bytes at `scan` equal those at `m`, from byte 3 on (bytes 0-2
/// are known or taken as equal), at most `MAX_MATCH`; eight at a time.
fn match_length(win: &[u8], scan: usize, m: usize) -> usize {
    let word = |at: usize| u64::from_le_bytes(win[at..at + 8].try_into().unwrap_or([0; 8]));
    let mut len = 3;
    while len + 8 <= MAX_MATCH {
        let diff = word(scan + len) ^ word(m + len);
        if diff != 0 {
            return len + (diff.trailing_zeros() / 8) as usize;
        }
        len += 8;
    }
    while len < MAX_MATCH && win[scan + len] == win[m + len] {
        len += 1;
    }
    len
}
