//! Slot bitmaps and a slot per small-int key for small set tables that
//! churn, so that `add` and `discard` stop walking CPython's probe sequence
//! slot by slot.
//!
//! The table must stay CPython's slot for slot (programs print sets), and a
//! set used as a stack of small ints (`cols.add(c)` ... `cols.discard(c)`)
//! never shrinks: its deleted keys stay as dummies, so `add` of an absent
//! key walks through dummies and keys up to an unused slot (placing the key
//! on the last dummy it passed), and `discard` of a present key walks the
//! same way up to the key. With a bit per slot for "unused" and one for
//! "dummy", `add` finds where its probe ends a run of up to ten slots at a
//! time with a few bit operations, and `discard` reads the key's slot from
//! `slot_of`, indexed like the small-int index (`ints.rs`).
//!
//! Only tables of at most 64 slots have one (a word per bitmap), and only
//! once they hold a dummy (a set that is only ever added to never pays for
//! it). `table.rs` keeps it in step with every write to the table, or drops
//! it (a resize, a clear, a bulk copy); it is owned memory outside the
//! collected heap, moved along with the table when two sets swap bodies.

use super::table::{Found, LINEAR_PROBES, SetEntry, next_probe};
use crate::object::Word;

/// The largest table that gets slot bitmaps.
pub const MAX_SLOTS: usize = 64;

pub struct SlotMap {
    /// Bit `j`: slot `j` is unused (key 0, hash 0).
    unused: u64,
    /// Bit `j`: slot `j` holds a dummy (a deleted key).
    dummy: u64,
    /// For a small int at offset `k` of the set's int index, the slot it
    /// occupies; meaningful only while the index has its bit set.
    slot_of: [u8; 256],
}

impl SlotMap {
    /// The bitmaps of `table` (at most `MAX_SLOTS` long), with the slot of
    /// every key `offset` places in the int index's window.
    pub fn build(table: &[SetEntry], offset: impl Fn(Word) -> Option<usize>) -> Box<SlotMap> {
        debug_assert!(table.len() <= MAX_SLOTS);
        let mut slots = Box::new(SlotMap {
            unused: 0,
            dummy: 0,
            slot_of: [0; 256],
        });
        for (j, e) in table.iter().enumerate() {
            if e.key != 0 {
                if let Some(k) = offset(e.key) {
                    slots.slot_of[k] = j as u8;
                }
            } else if e.hash == 0 {
                slots.unused |= 1 << j;
            } else {
                slots.dummy |= 1 << j;
            }
        }
        slots
    }

    /// The slot of the small int at offset `k` of the int index (the
    /// caller knows it is a key).
    #[inline]
    pub fn slot_of(&self, k: usize) -> usize {
        self.slot_of[k] as usize
    }

    /// A key went into slot `j` (unused or dummy before); `k` is its
    /// offset in the int index, when it has one.
    #[inline]
    pub fn filled(&mut self, j: usize, k: Option<usize>) {
        self.unused &= !(1 << j);
        self.dummy &= !(1 << j);
        if let Some(k) = k {
            self.slot_of[k] = j as u8;
        }
    }

    /// The key in slot `j` was deleted (a dummy now).
    #[inline]
    pub fn emptied(&mut self, j: usize) {
        self.dummy |= 1 << j;
    }

    /// Where a key of hash `hash`, known to be absent, goes in a table of
    /// `mask + 1` slots: what `table::free_slot` finds, a run of the probe
    /// sequence at a time. The probe stops at the first unused slot; the
    /// key takes the last dummy passed before it, if any.
    #[inline]
    pub(super) fn free_slot(&self, hash: i64, mask: usize) -> Found {
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot = None;
        loop {
            let last = if i + LINEAR_PROBES <= mask {
                i + LINEAR_PROBES
            } else {
                i
            };
            // Slots i..=last; last <= mask < 64, so no bit falls off.
            let run = ((2u64 << (last - i)) - 1) << i;
            let unused = self.unused & run;
            let before = if unused != 0 {
                (1u64 << unused.trailing_zeros()) - 1
            } else {
                u64::MAX
            };
            let dummies = self.dummy & run & before;
            if dummies != 0 {
                freeslot = Some(63 - dummies.leading_zeros() as usize);
            }
            if unused != 0 {
                return Found::Unused(unused.trailing_zeros() as usize, freeslot);
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Whether the bitmaps and the slots of the keys at the offsets
    /// `offset` gives agree with `table` (for tests).
    #[cfg(test)]
    pub fn agrees(&self, table: &[SetEntry], offset: impl Fn(Word) -> Option<usize>) -> bool {
        let fresh = SlotMap::build(table, &offset);
        fresh.unused == self.unused
            && fresh.dummy == self.dummy
            && table
                .iter()
                .enumerate()
                .filter(|(_, e)| e.key != 0)
                .all(|(j, e)| offset(e.key).is_none_or(|k| self.slot_of[k] as usize == j))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{SET_TYPE, hashed_key, new, object, table};
    use crate::items::testing::{int, thread};

    /// Random adds, discards, pops and clears of small ints (and now and
    /// then an int outside the index's window): after every step the map
    /// agrees with the table, and before every add of an absent key the
    /// map's free slot is the table walk's.
    #[test]
    fn slot_map_follows_the_table() {
        let ts = thread();
        let s = new(ts, &SET_TYPE);
        let set = unsafe { object(s) };
        let mut seed = 12345u64;
        let mut checked = 0;
        for _ in 0..40000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let r = (seed >> 33) as i64;
            let key = if r % 89 == 0 {
                int(100_000)
            } else {
                int(r % 26 - 9)
            };
            let (key, h) = unsafe { hashed_key(ts, key) }.unwrap();
            unsafe {
                match (r >> 8) % 23 {
                    0..=10 => {
                        if (*set).ints.lookup(key) == Some(false)
                            && let Some(map) = &(*set).slots
                        {
                            let mask = (*set).table.len() - 1;
                            assert_eq!(map.free_slot(h, mask), table::free_slot(set, h));
                            checked += 1;
                        }
                        assert_eq!(table::add_entry(ts, set, key, h), 0);
                    }
                    11..=20 => assert!(table::discard_entry(ts, set, key, h) >= 0),
                    21 if (*set).used > 0 => {
                        table::pop(set);
                    }
                    _ if (r >> 8) % 7 == 0 => table::clear(set),
                    _ => {}
                }
                let set = &*set;
                if let Some(map) = &set.slots {
                    assert!(map.agrees(&set.table, |k| set.ints.offset(k)));
                }
            }
        }
        assert!(checked > 1000, "only {checked} adds through the map");
    }
}
