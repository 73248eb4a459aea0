//! [`Seq`] -> [`Program`]: instructions for the backtracking machine in
//! [`super::exec`]. Flags are resolved here, per instruction, because
//! `(?i:...)` and `(?a:...)` scope them to part of a pattern.

use super::ast::*;

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    Char(u32),
    NotChar(u32),
    /// A literal under IGNORECASE; `ascii` folds ASCII letters only.
    CharFold {
        c: u32,
        ascii: bool,
    },
    NotCharFold {
        c: u32,
        ascii: bool,
    },
    /// `.` without DOTALL.
    AnyButNewline,
    Any,
    Set(usize),
    At(Anchor),
    /// Try the first target, backtrack to the second.
    Split(usize, usize),
    Jmp(usize),
    /// Set a capture slot (`2g` start, `2g+1` end of group `g`).
    Save(usize),
    /// Remember the position where a loop iteration starts.
    MarkPos(usize),
    /// An optional iteration that consumed nothing ends the loop (CPython's
    /// rule): go to `exit` when the position is still the one `MarkPos` saw
    /// and the iteration just counted (if there is a counter) was beyond
    /// `min` (mandatory iterations are not checked, as in `sre`).
    EmptyCheck {
        reg: usize,
        counter: Option<usize>,
        min: u64,
        exit: usize,
    },
    CountInit(usize),
    CountInc(usize),
    /// Loop head of `{m,n}`: below `min` iterate, at `max` leave, else try
    /// both in greedy or lazy order.
    CountTest {
        reg: usize,
        min: u64,
        max: u64,
        lazy: bool,
        exit: usize,
    },
    Backref {
        group: usize,
        fold: bool,
        ascii: bool,
    },
    /// Lookaround: run the sub-program after this instruction (ending in
    /// `SubMatch`) at the position (minus `behind` code points), then go on
    /// at `next`.
    Look {
        behind: Option<usize>,
        negate: bool,
        next: usize,
    },
    /// Atomic group: like a positive lookahead that consumes.
    Atomic {
        next: usize,
    },
    /// `(?(group)yes|no)`: fall through when the group matched.
    GroupExists {
        group: usize,
        no: usize,
    },
    /// A repeat of the one-character instruction at `pc + 1` (CPython's
    /// `REPEAT_ONE`): counts matches in a loop and keeps one choice point
    /// for all of them, then goes on at `pc + 2`.
    RepeatOne {
        min: u64,
        max: u64,
        lazy: bool,
    },
    SubMatch,
    Match,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    BeginningString,
    BeginningLine,
    EndString,
    /// `$` without MULTILINE: the end or before a final newline.
    EndOrFinalNewline,
    EndLine,
    Boundary {
        ascii: bool,
    },
    NonBoundary {
        ascii: bool,
    },
}

#[derive(Clone, Debug)]
pub struct CharSet {
    pub negate: bool,
    pub fold: bool,
    pub ascii: bool,
    pub items: Vec<SetItem>,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub n_slots: usize,
    pub n_regs: usize,
    /// A code point every match starts with, for a faster search.
    pub first_char: Option<u32>,
}

/// `flags` are the pattern's final flags; `is_text` is false for bytes.
pub fn compile(seq: &[Node], groups: usize, flags: u32, is_text: bool) -> Program {
    let mut compiler = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        n_regs: 0,
        is_text,
    };
    compiler.insts.push(Inst::Save(0));
    compiler.emit_seq(seq, flags);
    compiler.insts.push(Inst::Save(1));
    compiler.insts.push(Inst::Match);
    let first_char = match compiler.insts.get(1) {
        Some(Inst::Char(c)) => Some(*c),
        _ => None,
    };
    Program {
        insts: compiler.insts,
        sets: compiler.sets,
        n_slots: groups * 2,
        n_regs: compiler.n_regs,
        first_char,
    }
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    n_regs: usize,
    is_text: bool,
}

/// Whether a sequence can match without consuming anything.
fn nullable(seq: &[Node]) -> bool {
    super::parse::width(seq, &[]).0 == 0 || seq.iter().any(|n| matches!(n, Node::GroupRef(_)))
}

impl Compiler {
    fn ascii(&self, flags: u32) -> bool {
        !self.is_text || flags & FLAG_ASCII != 0
    }

    fn new_reg(&mut self) -> usize {
        self.n_regs += 1;
        self.n_regs - 1
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    /// Emit a placeholder to patch once a target is known.
    fn hole(&mut self) -> usize {
        self.insts.push(Inst::Jmp(usize::MAX));
        self.insts.len() - 1
    }

    fn emit_seq(&mut self, seq: &[Node], flags: u32) {
        for node in seq {
            self.emit(node, flags);
        }
    }

    fn emit(&mut self, node: &Node, flags: u32) {
        let fold = flags & FLAG_IGNORECASE != 0;
        let ascii = self.ascii(flags);
        match node {
            Node::Literal(c) => self.insts.push(if fold && is_cased(*c, ascii) {
                Inst::CharFold { c: *c, ascii }
            } else {
                Inst::Char(*c)
            }),
            Node::NotLiteral(c) => self.insts.push(if fold && is_cased(*c, ascii) {
                Inst::NotCharFold { c: *c, ascii }
            } else {
                Inst::NotChar(*c)
            }),
            Node::Any => self.insts.push(if flags & FLAG_DOTALL != 0 {
                Inst::Any
            } else {
                Inst::AnyButNewline
            }),
            Node::Set(set) => {
                self.sets.push(CharSet {
                    negate: set.negate,
                    fold,
                    ascii,
                    items: set.items.clone(),
                });
                self.insts.push(Inst::Set(self.sets.len() - 1));
            }
            Node::At(at) => {
                let multiline = flags & FLAG_MULTILINE != 0;
                self.insts.push(Inst::At(match at {
                    At::Beginning if multiline => Anchor::BeginningLine,
                    At::Beginning | At::BeginningString => Anchor::BeginningString,
                    At::End if multiline => Anchor::EndLine,
                    At::End => Anchor::EndOrFinalNewline,
                    At::EndString => Anchor::EndString,
                    At::Boundary => Anchor::Boundary { ascii },
                    At::NonBoundary => Anchor::NonBoundary { ascii },
                }));
            }
            Node::Group {
                index,
                add_flags,
                del_flags,
                body,
            } => {
                let inner = (flags | add_flags) & !del_flags;
                if let Some(gid) = index {
                    self.insts.push(Inst::Save(gid * 2));
                    self.emit_seq(body, inner);
                    self.insts.push(Inst::Save(gid * 2 + 1));
                } else {
                    self.emit_seq(body, inner);
                }
            }
            Node::Branch(alts) => {
                let mut to_end = Vec::new();
                for (idx, alt) in alts.iter().enumerate() {
                    if idx + 1 == alts.len() {
                        self.emit_seq(alt, flags);
                    } else {
                        let split = self.hole();
                        self.emit_seq(alt, flags);
                        to_end.push(self.hole());
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    }
                }
                let end = self.pc();
                for hole in to_end {
                    self.insts[hole] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => {
                if *kind == RepeatKind::Possessive {
                    let atomic = self.hole();
                    self.emit_repeat(*min, *max, false, body, flags);
                    self.insts.push(Inst::SubMatch);
                    let next = self.pc();
                    self.insts[atomic] = Inst::Atomic { next };
                } else {
                    self.emit_repeat(*min, *max, *kind == RepeatKind::Lazy, body, flags);
                }
            }
            Node::GroupRef(group) => self.insts.push(Inst::Backref {
                group: *group,
                fold,
                ascii,
            }),
            Node::Assert {
                behind,
                negate,
                body,
            } => {
                let look = self.hole();
                self.emit_seq(body, flags);
                self.insts.push(Inst::SubMatch);
                let next = self.pc();
                let behind = behind.map(|width| width as usize);
                self.insts[look] = Inst::Look {
                    behind,
                    negate: *negate,
                    next,
                };
            }
            Node::Atomic(body) => {
                let atomic = self.hole();
                self.emit_seq(body, flags);
                self.insts.push(Inst::SubMatch);
                let next = self.pc();
                self.insts[atomic] = Inst::Atomic { next };
            }
            Node::GroupRefExists { group, yes, no } => {
                let test = self.hole();
                self.emit_seq(yes, flags);
                let skip = self.hole();
                let no_pc = self.pc();
                if let Some(no) = no {
                    self.emit_seq(no, flags);
                }
                let end = self.pc();
                self.insts[test] = Inst::GroupExists {
                    group: *group,
                    no: no_pc,
                };
                self.insts[skip] = Inst::Jmp(end);
            }
        }
    }

    fn emit_repeat(&mut self, min: u64, max: u64, lazy: bool, body: &[Node], flags: u32) {
        let may_be_empty = nullable(body);
        let split = |lazy: bool, body: usize, exit: usize| {
            if lazy {
                Inst::Split(exit, body)
            } else {
                Inst::Split(body, exit)
            }
        };
        if max == 0 {
            return;
        }
        if let [single @ (Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::Set(_))] = body
        {
            self.insts.push(Inst::RepeatOne { min, max, lazy });
            self.emit(single, flags);
            return;
        }
        if min == 0 && max == 1 {
            let head = self.hole();
            self.emit_seq(body, flags);
            let exit = self.pc();
            self.insts[head] = split(lazy, head + 1, exit);
            return;
        }
        if min <= 1 && max == MAXREPEAT {
            if min == 1 {
                self.emit_seq(body, flags);
            }
            let head = self.hole();
            let reg = may_be_empty.then(|| self.new_reg());
            if let Some(reg) = reg {
                self.insts.push(Inst::MarkPos(reg));
            }
            self.emit_seq(body, flags);
            let check = reg.map(|_| self.hole());
            self.insts.push(Inst::Jmp(head));
            let exit = self.pc();
            self.insts[head] = split(lazy, head + 1, exit);
            if let (Some(reg), Some(check)) = (reg, check) {
                self.insts[check] = Inst::EmptyCheck {
                    reg,
                    counter: None,
                    min: 0,
                    exit,
                };
            }
            return;
        }
        let counter = self.new_reg();
        self.insts.push(Inst::CountInit(counter));
        let head = self.hole();
        let reg = may_be_empty.then(|| self.new_reg());
        if let Some(reg) = reg {
            self.insts.push(Inst::MarkPos(reg));
        }
        self.emit_seq(body, flags);
        self.insts.push(Inst::CountInc(counter));
        let check = reg.map(|_| self.hole());
        self.insts.push(Inst::Jmp(head));
        let exit = self.pc();
        self.insts[head] = Inst::CountTest {
            reg: counter,
            min,
            max,
            lazy,
            exit,
        };
        if let (Some(reg), Some(check)) = (reg, check) {
            self.insts[check] = Inst::EmptyCheck {
                reg,
                counter: Some(counter),
                min,
                exit,
            };
        }
    }
}

/// Whether a literal has other case forms worth a folding comparison.
fn is_cased(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return c < 128 && (c as u8).is_ascii_alphabetic();
    }
    // Non-ASCII letters can have case partners their own mappings do not
    // name (`ß` and `ẞ`), so they always compare folded.
    true
}
