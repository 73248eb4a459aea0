//! Level 0 of the compressor: zlib 1.2.13's `deflate_stored`, which copies
//! input straight to the output in stored blocks as large as the output
//! room allows, else gathers it in the window first; so the block sizes,
//! and the bytes, depend on the caller's output buffer sizes.

use super::deflate::{Block, Deflate, Io, MAX_STORED, Z_FINISH, Z_NO_FLUSH};

impl Deflate {
    pub(super) fn deflate_stored(&mut self, io: &mut Io, flush: i32) -> Block {
        let mut min_block = (self.pending_buf_size - 5).min(self.w_size);
        let mut last = false;
        let used_before = io.avail_in();
        loop {
            let mut len = MAX_STORED;
            let mut have = (self.bi_valid as usize + 42) >> 3;
            if io.avail_out < have {
                break;
            }
            have = io.avail_out - have;
            let mut left = (self.strstart as i64 - self.block_start) as usize;
            if len > left + io.avail_in() {
                len = left + io.avail_in();
            }
            if len > have {
                len = have;
            }
            if len < min_block
                && ((len == 0 && flush != Z_FINISH)
                    || flush == Z_NO_FLUSH
                    || len != left + io.avail_in())
            {
                break;
            }
            last = flush == Z_FINISH && len == left + io.avail_in();
            self.stored_block(None, 0, last);
            let n = self.pending_buf.len();
            self.pending_buf[n - 4] = len as u8;
            self.pending_buf[n - 3] = (len >> 8) as u8;
            self.pending_buf[n - 2] = !len as u8;
            self.pending_buf[n - 1] = (!len >> 8) as u8;
            self.flush_pending(io);
            if left != 0 {
                left = left.min(len);
                let start = self.block_start as usize;
                io.output
                    .extend_from_slice(&self.window[start..start + left]);
                io.avail_out -= left;
                self.block_start += left as i64;
                len -= left;
            }
            if len != 0 {
                let range = self.read_input(io, len);
                io.output.extend_from_slice(&io.input[range]);
                io.avail_out -= len;
            }
            if last {
                break;
            }
        }
        let used = used_before - io.avail_in();
        if used != 0 {
            let wsize = self.w_size;
            if used >= wsize {
                self.matches = 2;
                let end = io.next_in;
                self.window[..wsize].copy_from_slice(&io.input[end - wsize..end]);
                self.strstart = wsize;
                self.insert = self.strstart;
            } else {
                if self.window_size - self.strstart <= used {
                    self.strstart -= wsize;
                    self.window.copy_within(wsize..wsize + self.strstart, 0);
                    if self.matches < 2 {
                        self.matches += 1;
                    }
                    if self.insert > self.strstart {
                        self.insert = self.strstart;
                    }
                }
                let end = io.next_in;
                let s = self.strstart;
                self.window[s..s + used].copy_from_slice(&io.input[end - used..end]);
                self.strstart += used;
                self.insert += used.min(wsize - self.insert);
            }
            self.block_start = self.strstart as i64;
        }
        if last {
            return Block::FinishDone;
        }
        if flush != Z_NO_FLUSH
            && flush != Z_FINISH
            && io.avail_in() == 0
            && self.strstart as i64 == self.block_start
        {
            return Block::Done;
        }
        let mut have = self.window_size - self.strstart;
        if io.avail_in() > have && self.block_start >= self.w_size as i64 {
            self.block_start -= self.w_size as i64;
            self.strstart -= self.w_size;
            self.window
                .copy_within(self.w_size..self.w_size + self.strstart, 0);
            if self.matches < 2 {
                self.matches += 1;
            }
            have += self.w_size;
            if self.insert > self.strstart {
                self.insert = self.strstart;
            }
        }
        have = have.min(io.avail_in());
        if have != 0 {
            self.read_into_window(io, self.strstart, have);
            self.strstart += have;
            self.insert += have.min(self.w_size - self.insert);
        }
        let header = (self.bi_valid as usize + 42) >> 3;
        let have = (self.pending_buf_size - header).min(MAX_STORED);
        min_block = have.min(self.w_size);
        let left = (self.strstart as i64 - self.block_start) as usize;
        if left >= min_block
            || ((left != 0 || flush == Z_FINISH)
                && flush != Z_NO_FLUSH
                && io.avail_in() == 0
                && left <= have)
        {
            let len = left.min(have);
            last = flush == Z_FINISH && io.avail_in() == 0 && len == left;
            self.stored_block(Some(self.block_start as usize), len, last);
            self.block_start += len as i64;
            self.flush_pending(io);
        }
        if last {
            Block::FinishStarted
        } else {
            Block::NeedMore
        }
    }
}
