//! The backtracking machine: runs a [`Program`] over code points with an
//! explicit stack of choice points and undo records, so a long subject
//! cannot overflow the native stack. Only lookaround and atomic groups
//! recurse, as deep as the pattern nests them.
//!
//! Semantics follow CPython's `sre`: leftmost match, alternatives and
//! repeats tried in priority order, a loop iteration that consumes nothing
//! ends the loop, captures set inside a positive lookahead are kept.

use super::chars::{fold_eq, in_set, is_word};
use super::compile::{Anchor, Inst, Program};

/// How a match must end.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Anchored at the start (`match`).
    Match,
    /// Anchored at both ends (`fullmatch`).
    Full,
    /// Anywhere from the start on (`search`).
    Search,
}

/// A successful match: the capture slots (-1 when unset) and the last
/// group closed.
pub struct Found {
    pub slots: Vec<i64>,
    pub lastindex: i64,
}

enum Frame {
    Retry {
        pc: usize,
        pos: usize,
    },
    Slot {
        idx: usize,
        old: i64,
    },
    Reg {
        idx: usize,
        old: i64,
    },
    LastIndex {
        old: i64,
    },
    /// The choice point of a `RepeatOne`: `count` characters matched from
    /// `start`; backtracking gives one back (greedy) or takes one more
    /// (lazy).
    RepeatOne {
        pc: usize,
        start: usize,
        count: usize,
        min: usize,
        max: usize,
        lazy: bool,
    },
}

struct Vm<'a, T> {
    prog: &'a Program,
    text: &'a [T],
    end: usize,
    slots: Vec<i64>,
    regs: Vec<i64>,
    lastindex: i64,
    stack: Vec<Frame>,
    full: bool,
    /// A match that is empty at this position is refused (CPython's rule
    /// for the match after an empty match in `finditer`, `sub`, `split`).
    refuse_empty_at: Option<usize>,
}

/// Find a match in `text[..end]` starting at `pos`.
pub fn find<T: Copy + Into<u32>>(
    prog: &Program,
    text: &[T],
    pos: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Found> {
    let mut vm = Vm {
        prog,
        text,
        end,
        slots: vec![-1; prog.n_slots],
        regs: vec![-1; prog.n_regs],
        lastindex: -1,
        stack: Vec::new(),
        full: mode == Mode::Full,
        refuse_empty_at: must_advance.then_some(pos),
    };
    let mut start = pos;
    loop {
        if start > end {
            return None;
        }
        if mode == Mode::Search
            && let Some(first) = prog.first_char
        {
            match text[start..end].iter().position(|c| (*c).into() == first) {
                Some(offset) => start += offset,
                None => return None,
            }
        }
        if vm.run(0, start, 0).is_some() {
            return Some(Found {
                slots: vm.slots,
                lastindex: vm.lastindex,
            });
        }
        if mode != Mode::Search {
            return None;
        }
        vm.refuse_empty_at = None;
        start += 1;
    }
}

impl<T: Copy + Into<u32>> Vm<'_, T> {
    fn set_slot(&mut self, idx: usize, value: i64) {
        self.stack.push(Frame::Slot {
            idx,
            old: self.slots[idx],
        });
        self.slots[idx] = value;
    }

    fn set_reg(&mut self, idx: usize, value: i64) {
        self.stack.push(Frame::Reg {
            idx,
            old: self.regs[idx],
        });
        self.regs[idx] = value;
    }

    /// Pop to the next choice point above `base`; `None` when there is none.
    fn backtrack(&mut self, base: usize) -> Option<(usize, usize)> {
        while self.stack.len() > base {
            match self.stack.pop() {
                Some(Frame::Retry { pc, pos }) => return Some((pc, pos)),
                Some(Frame::RepeatOne {
                    pc,
                    start,
                    count,
                    min,
                    max,
                    lazy,
                }) => {
                    if let Some(resume) = self.retry_repeat_one(pc, start, count, min, max, lazy) {
                        return Some(resume);
                    }
                }
                Some(Frame::Slot { idx, old }) => self.slots[idx] = old,
                Some(Frame::Reg { idx, old }) => self.regs[idx] = old,
                Some(Frame::LastIndex { old }) => self.lastindex = old,
                None => break,
            }
        }
        None
    }

    /// Whether the one-character instruction `inst` matches at `pos`.
    fn single(&self, inst: Inst, pos: usize) -> bool {
        if pos >= self.end {
            return false;
        }
        let c: u32 = self.text[pos].into();
        match inst {
            Inst::Char(lit) => c == lit,
            Inst::NotChar(lit) => c != lit,
            Inst::CharFold { c: lit, ascii } => fold_eq(c, lit, ascii),
            Inst::NotCharFold { c: lit, ascii } => !fold_eq(c, lit, ascii),
            Inst::AnyButNewline => c != 10,
            Inst::Any => true,
            Inst::Set(idx) => in_set(&self.prog.sets[idx], c),
            _ => false,
        }
    }

    /// The next try of a `RepeatOne` choice point: `(pc, pos)` to resume
    /// at, with the choice point pushed again while tries remain.
    fn retry_repeat_one(
        &mut self,
        pc: usize,
        start: usize,
        count: usize,
        min: usize,
        max: usize,
        lazy: bool,
    ) -> Option<(usize, usize)> {
        let count = if lazy {
            if count >= max || !self.single(self.prog.insts[pc - 1], start + count) {
                return None;
            }
            count + 1
        } else {
            count - 1
        };
        if (lazy && count < max) || (!lazy && count > min) {
            self.stack.push(Frame::RepeatOne {
                pc,
                start,
                count,
                min,
                max,
                lazy,
            });
        }
        Some((pc, start + count))
    }

    /// Forget the choice points above `base` but keep the undo records, so
    /// backtracking past a lookaround or atomic group still restores the
    /// captures it set.
    fn commit(&mut self, base: usize) {
        let mut idx = base;
        for read in base..self.stack.len() {
            if !matches!(
                self.stack[read],
                Frame::Retry { .. } | Frame::RepeatOne { .. }
            ) {
                self.stack.swap(idx, read);
                idx += 1;
            }
        }
        self.stack.truncate(idx);
    }

    fn at(&self, anchor: Anchor, pos: usize) -> bool {
        let text = self.text;
        match anchor {
            Anchor::BeginningString => pos == 0,
            Anchor::BeginningLine => pos == 0 || text[pos - 1].into() == 10,
            Anchor::EndString => pos == self.end,
            Anchor::EndOrFinalNewline => {
                pos == self.end || (pos + 1 == self.end && text[pos].into() == 10)
            }
            Anchor::EndLine => pos == self.end || text[pos].into() == 10,
            Anchor::Boundary { ascii } | Anchor::NonBoundary { ascii } => {
                if pos == 0 && pos == self.end {
                    return false;
                }
                let before = pos > 0 && is_word(text[pos - 1].into(), ascii);
                let after = pos < self.end && is_word(text[pos].into(), ascii);
                (before != after) == matches!(anchor, Anchor::Boundary { .. })
            }
        }
    }

    /// Run from `pc` at `pos` until `Match` or `SubMatch`; the end position,
    /// or `None` once every choice point above `base` failed.
    fn run(&mut self, mut pc: usize, mut pos: usize, base: usize) -> Option<usize> {
        let prog = self.prog;
        let text = self.text;
        loop {
            let ok = match prog.insts[pc] {
                Inst::Char(c) => {
                    let ok = pos < self.end && text[pos].into() == c;
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::NotChar(c) => {
                    let ok = pos < self.end && text[pos].into() != c;
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::CharFold { c, ascii } => {
                    let ok = pos < self.end && fold_eq(text[pos].into(), c, ascii);
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::NotCharFold { c, ascii } => {
                    let ok = pos < self.end && !fold_eq(text[pos].into(), c, ascii);
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::AnyButNewline => {
                    let ok = pos < self.end && text[pos].into() != 10;
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::Any => {
                    let ok = pos < self.end;
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::Set(idx) => {
                    let ok = pos < self.end && in_set(&prog.sets[idx], text[pos].into());
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::At(anchor) => {
                    pc += 1;
                    self.at(anchor, pos)
                }
                Inst::Split(first, second) => {
                    self.stack.push(Frame::Retry { pc: second, pos });
                    pc = first;
                    true
                }
                Inst::Jmp(target) => {
                    pc = target;
                    true
                }
                Inst::Save(idx) => {
                    self.set_slot(idx, pos as i64);
                    if idx % 2 == 1 && idx > 1 {
                        self.stack.push(Frame::LastIndex {
                            old: self.lastindex,
                        });
                        self.lastindex = (idx / 2) as i64;
                    }
                    pc += 1;
                    true
                }
                Inst::MarkPos(reg) => {
                    self.set_reg(reg, pos as i64);
                    pc += 1;
                    true
                }
                Inst::EmptyCheck {
                    reg,
                    counter,
                    min,
                    exit,
                } => {
                    let reached = counter.is_none_or(|c| self.regs[c] as u64 > min);
                    pc = if reached && self.regs[reg] == pos as i64 {
                        exit
                    } else {
                        pc + 1
                    };
                    true
                }
                Inst::CountInit(reg) => {
                    self.set_reg(reg, 0);
                    pc += 1;
                    true
                }
                Inst::CountInc(reg) => {
                    let value = self.regs[reg] + 1;
                    self.set_reg(reg, value);
                    pc += 1;
                    true
                }
                Inst::CountTest {
                    reg,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    let count = self.regs[reg] as u64;
                    if count < min {
                        pc += 1;
                    } else if count >= max {
                        pc = exit;
                    } else if lazy {
                        self.stack.push(Frame::Retry { pc: pc + 1, pos });
                        pc = exit;
                    } else {
                        self.stack.push(Frame::Retry { pc: exit, pos });
                        pc += 1;
                    }
                    true
                }
                Inst::Backref { group, fold, ascii } => {
                    pc += 1;
                    let (s, e) = (self.slots[group * 2], self.slots[group * 2 + 1]);
                    if s < 0 || e < 0 || e < s {
                        false
                    } else {
                        let len = (e - s) as usize;
                        let s = s as usize;
                        if pos + len > self.end {
                            false
                        } else {
                            let ok = (0..len).all(|i| {
                                let (a, b) = (text[s + i].into(), text[pos + i].into());
                                if fold { fold_eq(b, a, ascii) } else { a == b }
                            });
                            pos += len;
                            ok
                        }
                    }
                }
                Inst::Look {
                    behind,
                    negate,
                    next,
                } => {
                    let start = match behind {
                        Some(width) => pos.checked_sub(width),
                        None => Some(pos),
                    };
                    let mark = self.stack.len();
                    let matched = match start {
                        Some(start) => self.run_sub(pc + 1, start, mark).is_some(),
                        None => false,
                    };
                    pc = next;
                    match (matched, negate) {
                        (true, false) => {
                            self.commit(mark);
                            true
                        }
                        (true, true) => {
                            self.backtrack_to(mark);
                            false
                        }
                        (false, false) => false,
                        (false, true) => true,
                    }
                }
                Inst::Atomic { next } => {
                    let mark = self.stack.len();
                    match self.run_sub(pc + 1, pos, mark) {
                        Some(end) => {
                            self.commit(mark);
                            pos = end;
                            pc = next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::GroupExists { group, no } => {
                    let set = self.slots[group * 2] >= 0 && self.slots[group * 2 + 1] >= 0;
                    pc = if set { pc + 1 } else { no };
                    true
                }
                Inst::RepeatOne { min, max, lazy } => {
                    let inst = prog.insts[pc + 1];
                    let min = usize::try_from(min).unwrap_or(usize::MAX);
                    let max = usize::try_from(max).unwrap_or(usize::MAX);
                    let limit = if lazy { min } else { max };
                    let mut count = 0;
                    while count < limit && self.single(inst, pos + count) {
                        count += 1;
                    }
                    pc += 2;
                    if count < min {
                        false
                    } else {
                        if (lazy && count < max) || (!lazy && count > min) {
                            self.stack.push(Frame::RepeatOne {
                                pc,
                                start: pos,
                                count,
                                min,
                                max,
                                lazy,
                            });
                        }
                        pos += count;
                        true
                    }
                }
                Inst::SubMatch => return Some(pos),
                Inst::Match => {
                    let refused = (self.full && pos != self.end)
                        || self
                            .refuse_empty_at
                            .is_some_and(|at| at == pos && self.slots[0] == pos as i64);
                    !refused && {
                        return Some(pos);
                    }
                }
            };
            if !ok || pos > self.end {
                match self.backtrack(base) {
                    Some((retry_pc, retry_pos)) => {
                        pc = retry_pc;
                        pos = retry_pos;
                    }
                    None => return None,
                }
            }
        }
    }

    /// A sub-match (lookaround, atomic group) ends at its `SubMatch`, and
    /// ignores `fullmatch`'s and the empty-match rule.
    fn run_sub(&mut self, pc: usize, pos: usize, base: usize) -> Option<usize> {
        self.run(pc, pos, base)
    }

    /// Undo everything above `mark`.
    fn backtrack_to(&mut self, mark: usize) {
        while self.stack.len() > mark {
            match self.stack.pop() {
                Some(Frame::Slot { idx, old }) => self.slots[idx] = old,
                Some(Frame::Reg { idx, old }) => self.regs[idx] = old,
                Some(Frame::LastIndex { old }) => self.lastindex = old,
                _ => {}
            }
        }
    }
}
