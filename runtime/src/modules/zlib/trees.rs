//! Huffman coding of deflate blocks, as zlib 1.2.13 decides it: the
//! symbol buffer a block collects, the tree construction (heap order and
//! tie-breaking by depth, the length-limiting fix-up), the choice between a
//! stored, fixed or dynamic block, and the bit writer. CPython programs
//! print compressed bytes, so every choice here must be zlib's; the code is
//! written from the published algorithm, not taken from zlib.

use super::deflate::Deflate;

pub const L_CODES: usize = 286;
pub const D_CODES: usize = 30;
const BL_CODES: usize = 19;
pub const HEAP_SIZE: usize = 2 * L_CODES + 1;
const MAX_BITS: usize = 15;
const MAX_BL_BITS: usize = 7;
const END_BLOCK: usize = 256;
const LITERALS: usize = 256;

const EXTRA_LBITS: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const EXTRA_DBITS: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
const EXTRA_BLBITS: [u8; 19] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
/// The order code-length code lengths are sent in (RFC 1951).
pub const BL_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// A tree node: `fc` is the frequency, then the code once codes are made;
/// `dl` is the parent while building, then the code length (as zlib's
/// unions: the reuse is part of the algorithm's bookkeeping).
#[derive(Clone, Copy, Default)]
pub struct Ct {
    pub fc: u16,
    pub dl: u16,
}

/// The fixed tables: length and distance codes, and the static trees.
pub struct Static {
    pub length_code: [u8; 256],
    pub base_length: [u8; 29],
    pub dist_code: [u8; 512],
    pub base_dist: [u16; 30],
    pub ltree: [Ct; L_CODES + 2],
    pub dtree: [Ct; D_CODES],
}

fn bi_reverse(mut code: u32, len: u32) -> u16 {
    let mut res = 0u32;
    for _ in 0..len {
        res = (res << 1) | (code & 1);
        code >>= 1;
    }
    res as u16
}

fn gen_codes(tree: &mut [Ct], max_code: usize, bl_count: &[u16; MAX_BITS + 1]) {
    let mut next_code = [0u16; MAX_BITS + 1];
    let mut code: u32 = 0;
    for bits in 1..=MAX_BITS {
        code = (code + u32::from(bl_count[bits - 1])) << 1;
        next_code[bits] = code as u16;
    }
    for node in tree.iter_mut().take(max_code + 1) {
        let len = node.dl as usize;
        if len == 0 {
            continue;
        }
        node.fc = bi_reverse(u32::from(next_code[len]), len as u32);
        next_code[len] = next_code[len].wrapping_add(1);
    }
}

impl Static {
    // Index loops: codes index several parallel tables.
    #[allow(clippy::needless_range_loop)]
    fn build() -> Static {
        let mut s = Static {
            length_code: [0; 256],
            base_length: [0; 29],
            dist_code: [0; 512],
            base_dist: [0; 30],
            ltree: [Ct::default(); L_CODES + 2],
            dtree: [Ct::default(); D_CODES],
        };
        let mut length = 0usize;
        for code in 0..28 {
            s.base_length[code] = length as u8;
            for _ in 0..(1 << EXTRA_LBITS[code]) {
                s.length_code[length] = code as u8;
                length += 1;
            }
        }
        // Length 258 (index 255) has its own code, 28.
        s.length_code[length - 1] = 28;
        let mut dist = 0usize;
        for code in 0..16 {
            s.base_dist[code] = dist as u16;
            for _ in 0..(1 << EXTRA_DBITS[code]) {
                s.dist_code[dist] = code as u8;
                dist += 1;
            }
        }
        dist >>= 7;
        for code in 16..D_CODES {
            s.base_dist[code] = (dist << 7) as u16;
            for _ in 0..(1 << (EXTRA_DBITS[code] - 7)) {
                s.dist_code[256 + dist] = code as u8;
                dist += 1;
            }
        }
        let mut bl_count = [0u16; MAX_BITS + 1];
        for (n, node) in s.ltree.iter_mut().enumerate() {
            let len = match n {
                0..=143 => 8,
                144..=255 => 9,
                256..=279 => 7,
                _ => 8,
            };
            node.dl = len;
            bl_count[len as usize] += 1;
        }
        gen_codes(&mut s.ltree, L_CODES + 1, &bl_count);
        for (n, node) in s.dtree.iter_mut().enumerate() {
            node.dl = 5;
            node.fc = bi_reverse(n as u32, 5);
        }
        s
    }

    pub fn get() -> &'static Static {
        static TABLES: std::sync::OnceLock<Static> = std::sync::OnceLock::new();
        TABLES.get_or_init(Static::build)
    }

    pub fn d_code(&self, dist: usize) -> usize {
        if dist < 256 {
            self.dist_code[dist] as usize
        } else {
            self.dist_code[256 + (dist >> 7)] as usize
        }
    }
}

/// Which tree `build_tree` works on.
#[derive(Clone, Copy, PartialEq)]
pub enum Which {
    Lit,
    Dist,
    Bl,
}

impl Deflate {
    fn tree(&mut self, which: Which) -> &mut [Ct] {
        match which {
            Which::Lit => &mut self.dyn_ltree[..],
            Which::Dist => &mut self.dyn_dtree[..],
            Which::Bl => &mut self.bl_tree[..],
        }
    }

    pub fn init_block(&mut self) {
        for n in 0..L_CODES {
            self.dyn_ltree[n].fc = 0;
        }
        for n in 0..D_CODES {
            self.dyn_dtree[n].fc = 0;
        }
        for n in 0..BL_CODES {
            self.bl_tree[n].fc = 0;
        }
        self.dyn_ltree[END_BLOCK].fc = 1;
        self.opt_len = 0;
        self.static_len = 0;
        self.sym_next = 0;
        self.matches = 0;
    }

    // ---- the bit writer (zlib's 16-bit buffer, whose fill level the
    // stored-block sizing reads) ----

    pub fn put_byte(&mut self, b: u8) {
        self.pending_buf.push(b);
    }

    fn put_short(&mut self, w: u16) {
        self.pending_buf.push(w as u8);
        self.pending_buf.push((w >> 8) as u8);
    }

    pub fn send_bits(&mut self, value: u32, length: u32) {
        let value = value as u16;
        if self.bi_valid > 16 - length {
            self.bi_buf |= value.checked_shl(self.bi_valid).unwrap_or(0);
            self.put_short(self.bi_buf);
            self.bi_buf = value >> (16 - self.bi_valid);
            self.bi_valid += length - 16;
        } else {
            self.bi_buf |= value.checked_shl(self.bi_valid).unwrap_or(0);
            self.bi_valid += length;
        }
    }

    fn send_code(&mut self, c: usize, which: Which) {
        let node = match which {
            Which::Lit => self.dyn_ltree[c],
            Which::Dist => self.dyn_dtree[c],
            Which::Bl => self.bl_tree[c],
        };
        self.send_bits(u32::from(node.fc), u32::from(node.dl));
    }

    pub fn bi_flush(&mut self) {
        if self.bi_valid == 16 {
            self.put_short(self.bi_buf);
            self.bi_buf = 0;
            self.bi_valid = 0;
        } else if self.bi_valid >= 8 {
            self.put_byte(self.bi_buf as u8);
            self.bi_buf >>= 8;
            self.bi_valid -= 8;
        }
    }

    fn bi_windup(&mut self) {
        if self.bi_valid > 8 {
            self.put_short(self.bi_buf);
        } else if self.bi_valid > 0 {
            self.put_byte(self.bi_buf as u8);
        }
        self.bi_buf = 0;
        self.bi_valid = 0;
    }

    // ---- tree construction ----

    fn smaller(tree: &[Ct], depth: &[u8], n: usize, m: usize) -> bool {
        tree[n].fc < tree[m].fc || (tree[n].fc == tree[m].fc && depth[n] <= depth[m])
    }

    fn pqdownheap(&mut self, which: Which, mut k: usize) {
        let v = self.heap[k];
        let mut j = k << 1;
        while j <= self.heap_len {
            {
                let tree: &[Ct] = match which {
                    Which::Lit => &self.dyn_ltree[..],
                    Which::Dist => &self.dyn_dtree[..],
                    Which::Bl => &self.bl_tree[..],
                };
                if j < self.heap_len
                    && Self::smaller(tree, &self.depth, self.heap[j + 1], self.heap[j])
                {
                    j += 1;
                }
                if Self::smaller(tree, &self.depth, v, self.heap[j]) {
                    break;
                }
            }
            self.heap[k] = self.heap[j];
            k = j;
            j <<= 1;
        }
        self.heap[k] = v;
    }

    fn build_tree(&mut self, which: Which) {
        let tables = Static::get();
        let (elems, stree): (usize, Option<&[Ct]>) = match which {
            Which::Lit => (L_CODES, Some(&tables.ltree[..])),
            Which::Dist => (D_CODES, Some(&tables.dtree[..])),
            Which::Bl => (BL_CODES, None),
        };
        let mut max_code: isize = -1;
        self.heap_len = 0;
        self.heap_max = HEAP_SIZE;
        for n in 0..elems {
            if self.tree(which)[n].fc != 0 {
                self.heap_len += 1;
                self.heap[self.heap_len] = n;
                max_code = n as isize;
                self.depth[n] = 0;
            } else {
                self.tree(which)[n].dl = 0;
            }
        }
        // At least two codes of non-zero frequency, so a code is a bit.
        while self.heap_len < 2 {
            let node = if max_code < 2 {
                max_code += 1;
                max_code as usize
            } else {
                0
            };
            self.heap_len += 1;
            self.heap[self.heap_len] = node;
            self.tree(which)[node].fc = 1;
            self.depth[node] = 0;
            self.opt_len = self.opt_len.wrapping_sub(1);
            if let Some(st) = stree {
                self.static_len = self.static_len.wrapping_sub(u64::from(st[node].dl));
            }
        }
        let max_code = max_code as usize;
        match which {
            Which::Lit => self.l_max_code = max_code,
            Which::Dist => self.d_max_code = max_code,
            Which::Bl => self.bl_max_code = max_code,
        }
        for n in (1..=self.heap_len / 2).rev() {
            self.pqdownheap(which, n);
        }
        let mut node = elems;
        loop {
            let n = self.heap[1];
            self.heap[1] = self.heap[self.heap_len];
            self.heap_len -= 1;
            self.pqdownheap(which, 1);
            let m = self.heap[1];
            self.heap_max -= 1;
            self.heap[self.heap_max] = n;
            self.heap_max -= 1;
            self.heap[self.heap_max] = m;
            let depth = self.depth[n].max(self.depth[m]) + 1;
            let tree = self.tree(which);
            tree[node].fc = tree[n].fc.wrapping_add(tree[m].fc);
            tree[n].dl = node as u16;
            tree[m].dl = node as u16;
            self.depth[node] = depth;
            self.heap[1] = node;
            node += 1;
            self.pqdownheap(which, 1);
            if self.heap_len < 2 {
                break;
            }
        }
        self.heap_max -= 1;
        self.heap[self.heap_max] = self.heap[1];
        self.gen_bitlen(which, max_code, stree);
        let bl_count = self.bl_count;
        gen_codes(self.tree(which), max_code, &bl_count);
    }

    fn gen_bitlen(&mut self, which: Which, max_code: usize, stree: Option<&[Ct]>) {
        let (extra, base, max_length): (&[u8], usize, usize) = match which {
            Which::Lit => (&EXTRA_LBITS, LITERALS + 1, MAX_BITS),
            Which::Dist => (&EXTRA_DBITS, 0, MAX_BITS),
            Which::Bl => (&EXTRA_BLBITS, 0, MAX_BL_BITS),
        };
        self.bl_count = [0; MAX_BITS + 1];
        let root = self.heap[self.heap_max];
        self.tree(which)[root].dl = 0;
        let mut overflow = 0i32;
        let mut h = self.heap_max + 1;
        while h < HEAP_SIZE {
            let n = self.heap[h];
            h += 1;
            let tree = self.tree(which);
            let mut bits = tree[tree[n].dl as usize].dl as usize + 1;
            if bits > max_length {
                bits = max_length;
                overflow += 1;
            }
            tree[n].dl = bits as u16;
            if n > max_code {
                continue;
            }
            let f = u64::from(tree[n].fc);
            self.bl_count[bits] += 1;
            let xbits = if n >= base { extra[n - base] as u64 } else { 0 };
            self.opt_len = self.opt_len.wrapping_add(f * (bits as u64 + xbits));
            if let Some(st) = stree {
                self.static_len = self
                    .static_len
                    .wrapping_add(f * (u64::from(st[n].dl) + xbits));
            }
        }
        if overflow == 0 {
            return;
        }
        loop {
            let mut bits = max_length - 1;
            while self.bl_count[bits] == 0 {
                bits -= 1;
            }
            self.bl_count[bits] -= 1;
            self.bl_count[bits + 1] += 2;
            self.bl_count[max_length] -= 1;
            overflow -= 2;
            if overflow <= 0 {
                break;
            }
        }
        let mut h = HEAP_SIZE;
        for bits in (1..=max_length).rev() {
            let mut n = self.bl_count[bits];
            while n != 0 {
                h -= 1;
                let m = self.heap[h];
                if m > max_code {
                    continue;
                }
                let tree = self.tree(which);
                if tree[m].dl as usize != bits {
                    let delta = (bits as u64).wrapping_sub(u64::from(tree[m].dl));
                    let f = u64::from(tree[m].fc);
                    tree[m].dl = bits as u16;
                    self.opt_len = self.opt_len.wrapping_add(delta.wrapping_mul(f));
                }
                n -= 1;
            }
        }
    }

    fn scan_tree(&mut self, which: Which, max_code: usize) {
        let mut prevlen: i32 = -1;
        let mut nextlen = i32::from(self.tree(which)[0].dl);
        let mut count = 0;
        let (mut max_count, mut min_count) = if nextlen == 0 { (138, 3) } else { (7, 4) };
        self.tree(which)[max_code + 1].dl = 0xffff;
        for n in 0..=max_code {
            let curlen = nextlen;
            nextlen = i32::from(self.tree(which)[n + 1].dl);
            count += 1;
            if count < max_count && curlen == nextlen {
                continue;
            } else if count < min_count {
                self.bl_tree[curlen as usize].fc += count as u16;
            } else if curlen != 0 {
                if curlen != prevlen {
                    self.bl_tree[curlen as usize].fc += 1;
                }
                self.bl_tree[16].fc += 1;
            } else if count <= 10 {
                self.bl_tree[17].fc += 1;
            } else {
                self.bl_tree[18].fc += 1;
            }
            count = 0;
            prevlen = curlen;
            (max_count, min_count) = if nextlen == 0 {
                (138, 3)
            } else if curlen == nextlen {
                (6, 3)
            } else {
                (7, 4)
            };
        }
    }

    fn send_tree(&mut self, which: Which, max_code: usize) {
        let mut prevlen: i32 = -1;
        let mut nextlen = i32::from(self.tree(which)[0].dl);
        let mut count = 0;
        let (mut max_count, mut min_count) = if nextlen == 0 { (138, 3) } else { (7, 4) };
        for n in 0..=max_code {
            let curlen = nextlen;
            nextlen = i32::from(self.tree(which)[n + 1].dl);
            count += 1;
            if count < max_count && curlen == nextlen {
                continue;
            } else if count < min_count {
                while count != 0 {
                    self.send_code(curlen as usize, Which::Bl);
                    count -= 1;
                }
            } else if curlen != 0 {
                if curlen != prevlen {
                    self.send_code(curlen as usize, Which::Bl);
                    count -= 1;
                }
                self.send_code(16, Which::Bl);
                self.send_bits((count - 3) as u32, 2);
            } else if count <= 10 {
                self.send_code(17, Which::Bl);
                self.send_bits((count - 3) as u32, 3);
            } else {
                self.send_code(18, Which::Bl);
                self.send_bits((count - 11) as u32, 7);
            }
            count = 0;
            prevlen = curlen;
            (max_count, min_count) = if nextlen == 0 {
                (138, 3)
            } else if curlen == nextlen {
                (6, 3)
            } else {
                (7, 4)
            };
        }
    }

    fn build_bl_tree(&mut self) -> usize {
        self.scan_tree(Which::Lit, self.l_max_code);
        self.scan_tree(Which::Dist, self.d_max_code);
        self.build_tree(Which::Bl);
        let mut max_blindex = BL_CODES - 1;
        while max_blindex >= 3 {
            if self.bl_tree[BL_ORDER[max_blindex]].dl != 0 {
                break;
            }
            max_blindex -= 1;
        }
        self.opt_len = self
            .opt_len
            .wrapping_add(3 * (max_blindex as u64 + 1) + 5 + 5 + 4);
        max_blindex
    }

    fn send_all_trees(&mut self, lcodes: usize, dcodes: usize, blcodes: usize) {
        self.send_bits((lcodes - 257) as u32, 5);
        self.send_bits((dcodes - 1) as u32, 5);
        self.send_bits((blcodes - 4) as u32, 4);
        for rank in BL_ORDER.iter().take(blcodes) {
            self.send_bits(u32::from(self.bl_tree[*rank].dl), 3);
        }
        self.send_tree(Which::Lit, lcodes - 1);
        self.send_tree(Which::Dist, dcodes - 1);
    }

    fn compress_block(&mut self, fixed: bool) {
        let tables = Static::get();
        let code_of = |s: &Deflate, c: usize, dist: bool| -> (u32, u32) {
            let node = match (fixed, dist) {
                (true, false) => tables.ltree[c],
                (true, true) => tables.dtree[c],
                (false, false) => s.dyn_ltree[c],
                (false, true) => s.dyn_dtree[c],
            };
            (u32::from(node.fc), u32::from(node.dl))
        };
        let mut sx = 0;
        while sx < self.sym_next {
            let mut dist = usize::from(self.sym_buf[sx]) | usize::from(self.sym_buf[sx + 1]) << 8;
            let mut lc = usize::from(self.sym_buf[sx + 2]);
            sx += 3;
            if dist == 0 {
                let (c, l) = code_of(self, lc, false);
                self.send_bits(c, l);
            } else {
                let code = tables.length_code[lc] as usize;
                let (c, l) = code_of(self, code + LITERALS + 1, false);
                self.send_bits(c, l);
                let extra = u32::from(EXTRA_LBITS[code]);
                if extra != 0 {
                    lc -= tables.base_length[code] as usize;
                    self.send_bits(lc as u32, extra);
                }
                dist -= 1;
                let code = tables.d_code(dist);
                let (c, l) = code_of(self, code, true);
                self.send_bits(c, l);
                let extra = u32::from(EXTRA_DBITS[code]);
                if extra != 0 {
                    dist -= tables.base_dist[code] as usize;
                    self.send_bits(dist as u32, extra);
                }
            }
        }
        let (c, l) = code_of(self, END_BLOCK, false);
        self.send_bits(c, l);
    }

    /// Record a literal (`dist` 0) or a match; true when the block is full.
    pub fn tally(&mut self, dist: usize, lc: usize) -> bool {
        self.sym_buf[self.sym_next] = dist as u8;
        self.sym_buf[self.sym_next + 1] = (dist >> 8) as u8;
        self.sym_buf[self.sym_next + 2] = lc as u8;
        self.sym_next += 3;
        if dist == 0 {
            self.dyn_ltree[lc].fc += 1;
        } else {
            self.matches += 1;
            let tables = Static::get();
            self.dyn_ltree[tables.length_code[lc] as usize + LITERALS + 1].fc += 1;
            self.dyn_dtree[tables.d_code(dist - 1)].fc += 1;
        }
        self.sym_next == self.sym_end
    }

    /// A stored block of `window[start..start+len]` (or no bytes, when
    /// `start` is None: the caller fills the lengths and data).
    pub fn stored_block(&mut self, start: Option<usize>, len: usize, last: bool) {
        self.send_bits(u32::from(last), 3);
        self.bi_windup();
        self.put_short(len as u16);
        self.put_short(!(len as u16));
        if let Some(start) = start {
            let bytes = &self.window[start..start + len];
            self.pending_buf.extend_from_slice(bytes);
        }
    }

    /// An empty fixed block: the `Z_PARTIAL_FLUSH` marker.
    pub fn align(&mut self) {
        self.send_bits(1 << 1, 3);
        let st = Static::get().ltree[END_BLOCK];
        self.send_bits(u32::from(st.fc), u32::from(st.dl));
        self.bi_flush();
    }

    /// End the current block: stored, fixed or dynamic, whichever is
    /// shortest by zlib's estimates. `start` is the block's first byte in
    /// the window when it is still there.
    pub fn flush_block(&mut self, start: Option<usize>, stored_len: usize, last: bool) {
        self.build_tree(Which::Lit);
        self.build_tree(Which::Dist);
        let max_blindex = self.build_bl_tree();
        let mut opt_lenb = (self.opt_len.wrapping_add(3 + 7)) >> 3;
        let static_lenb = (self.static_len.wrapping_add(3 + 7)) >> 3;
        if static_lenb <= opt_lenb || self.strategy == super::deflate::Z_FIXED {
            opt_lenb = static_lenb;
        }
        if stored_len as u64 + 4 <= opt_lenb && start.is_some() {
            self.stored_block(start, stored_len, last);
        } else if static_lenb == opt_lenb {
            self.send_bits((1 << 1) + u32::from(last), 3);
            self.compress_block(true);
        } else {
            self.send_bits((2 << 1) + u32::from(last), 3);
            self.send_all_trees(self.l_max_code + 1, self.d_max_code + 1, max_blindex + 1);
            self.compress_block(false);
        }
        self.init_block();
        if last {
            self.bi_windup();
        }
    }
}
