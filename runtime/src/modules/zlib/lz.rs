//! The matching strategies of levels 1-9: greedy matching with limited
//! insertion (`deflate_fast`, levels 1-3), lazy matching (`deflate_slow`,
//! levels 4-9, with `Z_FILTERED`'s short-match rule), run-length only
//! (`Z_RLE`) and Huffman only (`Z_HUFFMAN_ONLY`), as zlib 1.2.13 runs them.

use super::deflate::{
    Block, Deflate, Io, MAX_MATCH, MIN_LOOKAHEAD, MIN_MATCH, TOO_FAR, Z_FILTERED, Z_FINISH,
    Z_NO_FLUSH,
};

impl Deflate {
    /// Finish a compress loop after its last block (zlib's epilogue shared
    /// by the fast, slow, RLE and Huffman-only strategies).
    fn finish(&mut self, io: &mut Io, flush: i32) -> Block {
        if flush == Z_FINISH {
            self.flush_block_only(io, true);
            return if io.avail_out == 0 {
                Block::FinishStarted
            } else {
                Block::FinishDone
            };
        }
        if self.sym_next != 0 {
            self.flush_block_only(io, false);
            if io.avail_out == 0 {
                return Block::NeedMore;
            }
        }
        Block::Done
    }

    pub(super) fn deflate_fast(&mut self, io: &mut Io, flush: i32) -> Block {
        loop {
            if self.lookahead < MIN_LOOKAHEAD {
                self.fill_window(io);
                if self.lookahead < MIN_LOOKAHEAD && flush == Z_NO_FLUSH {
                    return Block::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            let mut hash_head = 0;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            if hash_head != 0 && self.strstart - hash_head <= self.max_dist() {
                self.match_length = self.longest_match(hash_head);
            }
            let bflush;
            if self.match_length >= MIN_MATCH {
                bflush = self.tally(
                    self.strstart - self.match_start,
                    self.match_length - MIN_MATCH,
                );
                self.lookahead -= self.match_length;
                if self.match_length <= self.max_lazy_match && self.lookahead >= MIN_MATCH {
                    self.match_length -= 1;
                    loop {
                        self.strstart += 1;
                        self.insert_string(self.strstart);
                        self.match_length -= 1;
                        if self.match_length == 0 {
                            break;
                        }
                    }
                    self.strstart += 1;
                } else {
                    self.strstart += self.match_length;
                    self.match_length = 0;
                    self.ins_h = usize::from(self.window[self.strstart]);
                    self.ins_h = self.update_hash(self.ins_h, self.window[self.strstart + 1]);
                }
            } else {
                bflush = self.tally(0, usize::from(self.window[self.strstart]));
                self.lookahead -= 1;
                self.strstart += 1;
            }
            if bflush {
                self.flush_block_only(io, false);
                if io.avail_out == 0 {
                    return Block::NeedMore;
                }
            }
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        self.finish(io, flush)
    }

    pub(super) fn deflate_slow(&mut self, io: &mut Io, flush: i32) -> Block {
        loop {
            if self.lookahead < MIN_LOOKAHEAD {
                self.fill_window(io);
                if self.lookahead < MIN_LOOKAHEAD && flush == Z_NO_FLUSH {
                    return Block::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            let mut hash_head = 0;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            self.prev_length = self.match_length;
            self.prev_match = self.match_start;
            self.match_length = MIN_MATCH - 1;
            if hash_head != 0
                && self.prev_length < self.max_lazy_match
                && self.strstart - hash_head <= self.max_dist()
            {
                self.match_length = self.longest_match(hash_head);
                if self.match_length <= 5
                    && (self.strategy == Z_FILTERED
                        || (self.match_length == MIN_MATCH
                            && self.strstart - self.match_start > TOO_FAR))
                {
                    self.match_length = MIN_MATCH - 1;
                }
            }
            if self.prev_length >= MIN_MATCH && self.match_length <= self.prev_length {
                let max_insert = self.strstart + self.lookahead - MIN_MATCH;
                let bflush = self.tally(
                    self.strstart - 1 - self.prev_match,
                    self.prev_length - MIN_MATCH,
                );
                self.lookahead -= self.prev_length - 1;
                self.prev_length -= 2;
                loop {
                    self.strstart += 1;
                    if self.strstart <= max_insert {
                        self.insert_string(self.strstart);
                    }
                    self.prev_length -= 1;
                    if self.prev_length == 0 {
                        break;
                    }
                }
                self.match_available = false;
                self.match_length = MIN_MATCH - 1;
                self.strstart += 1;
                if bflush {
                    self.flush_block_only(io, false);
                    if io.avail_out == 0 {
                        return Block::NeedMore;
                    }
                }
            } else if self.match_available {
                let bflush = self.tally(0, usize::from(self.window[self.strstart - 1]));
                if bflush {
                    self.flush_block_only(io, false);
                }
                self.strstart += 1;
                self.lookahead -= 1;
                if io.avail_out == 0 {
                    return Block::NeedMore;
                }
            } else {
                self.match_available = true;
                self.strstart += 1;
                self.lookahead -= 1;
            }
        }
        if self.match_available {
            self.tally(0, usize::from(self.window[self.strstart - 1]));
            self.match_available = false;
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        self.finish(io, flush)
    }

    pub(super) fn deflate_rle(&mut self, io: &mut Io, flush: i32) -> Block {
        loop {
            if self.lookahead <= MAX_MATCH {
                self.fill_window(io);
                if self.lookahead <= MAX_MATCH && flush == Z_NO_FLUSH {
                    return Block::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            self.match_length = 0;
            if self.lookahead >= MIN_MATCH && self.strstart > 0 {
                let w = &self.window;
                let s = self.strstart;
                let prev = w[s - 1];
                if prev == w[s] && prev == w[s + 1] && prev == w[s + 2] {
                    let mut len = 3;
                    while len < MAX_MATCH && w[s + len] == prev {
                        len += 1;
                    }
                    self.match_length = len.min(self.lookahead);
                }
            }
            let bflush = if self.match_length >= MIN_MATCH {
                let f = self.tally(1, self.match_length - MIN_MATCH);
                self.lookahead -= self.match_length;
                self.strstart += self.match_length;
                self.match_length = 0;
                f
            } else {
                let f = self.tally(0, usize::from(self.window[self.strstart]));
                self.lookahead -= 1;
                self.strstart += 1;
                f
            };
            if bflush {
                self.flush_block_only(io, false);
                if io.avail_out == 0 {
                    return Block::NeedMore;
                }
            }
        }
        self.insert = 0;
        self.finish(io, flush)
    }

    pub(super) fn deflate_huff(&mut self, io: &mut Io, flush: i32) -> Block {
        loop {
            if self.lookahead == 0 {
                self.fill_window(io);
                if self.lookahead == 0 {
                    if flush == Z_NO_FLUSH {
                        return Block::NeedMore;
                    }
                    break;
                }
            }
            self.match_length = 0;
            let bflush = self.tally(0, usize::from(self.window[self.strstart]));
            self.lookahead -= 1;
            self.strstart += 1;
            if bflush {
                self.flush_block_only(io, false);
                if io.avail_out == 0 {
                    return Block::NeedMore;
                }
            }
        }
        self.insert = 0;
        self.finish(io, flush)
    }
}
