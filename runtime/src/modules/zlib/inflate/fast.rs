//! The inflater's fast loop (zlib's `inflate_fast` idea): while the input
//! surely holds a whole literal or match and the output has room for the
//! longest match, codes are looked up `FAST_BITS` at a time in the block's
//! tables from a 64-bit bit buffer refilled a byte at a time, with no
//! per-symbol state saved. Anything unusual (a long code, an invalid one,
//! a distance too far back) is left, undecoded, to the resumable
//! unit-at-a-time path, which decodes it or reports zlib's error.

use super::{DBASE, DEXT, FAST_BITS, Inflate, LBASE, LEXT, Mode, copy_match};

/// The most bits one literal/length plus distance take with fast codes.
const MAX_SYMBOL_BITS: u32 = 2 * FAST_BITS + 5 + 13;

impl Inflate {
    /// Decode symbols of the current block; whether any was decoded (then
    /// the block may have ended: `mode` is `Type`).
    pub(super) fn codes_fast(&mut self, start: usize, limit: usize) -> bool {
        if self.lens.fast.is_empty() || self.dists.fast.is_empty() {
            return false;
        }
        let out0 = self.hist.len();
        let mask = (1u64 << FAST_BITS) - 1;
        let (mut hold, mut bits, mut pos) = (self.hold, self.bits, self.inpos);
        let input = std::mem::take(&mut self.inbuf);
        let mut ended = false;
        while input.len() - pos >= 8 && limit - (self.hist.len() - start) >= 258 {
            while bits <= 56 {
                hold |= u64::from(input[pos]) << bits;
                pos += 1;
                bits += 8;
            }
            debug_assert!(bits >= MAX_SYMBOL_BITS);
            let entry = self.lens.fast[(hold & mask) as usize];
            let len = u32::from(entry >> 9);
            if len == 0 {
                break;
            }
            let sym = usize::from(entry & 0x1ff);
            if sym < 256 {
                hold >>= len;
                bits -= len;
                self.hist.push(sym as u8);
                continue;
            }
            if sym == 256 {
                hold >>= len;
                bits -= len;
                ended = true;
                break;
            }
            if sym - 257 >= 29 {
                break;
            }
            // Work on copies: a symbol given up leaves the buffer as it was.
            let (mut h, mut b) = (hold >> len, bits - len);
            let extra = u32::from(LEXT[sym - 257]);
            let length = usize::from(LBASE[sym - 257]) + (h & ((1 << extra) - 1)) as usize;
            h >>= extra;
            b -= extra;
            let dentry = self.dists.fast[(h & mask) as usize];
            let dlen = u32::from(dentry >> 9);
            let dsym = usize::from(dentry & 0x1ff);
            if dlen == 0 || dsym >= 30 {
                break;
            }
            h >>= dlen;
            b -= dlen;
            let extra = u32::from(DEXT[dsym]);
            let dist = usize::from(DBASE[dsym]) + (h & ((1 << extra) - 1)) as usize;
            if dist > self.hist.len() {
                break;
            }
            hold = h >> extra;
            bits = b - extra;
            copy_match(&mut self.hist, dist, length);
        }
        // Give back the whole bytes read ahead, so the input position is
        // exact (unused data, unconsumed tails) and fewer than 8 bits wait.
        let back = bits / 8;
        pos -= back as usize;
        bits -= back * 8;
        hold &= (1u64 << bits) - 1;
        self.inbuf = input;
        self.hold = hold;
        self.bits = bits;
        self.inpos = pos;
        if ended {
            self.mode = Mode::Type;
        }
        ended || self.hist.len() != out0
    }
}
