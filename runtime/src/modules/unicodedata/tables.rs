//! Readers of the generated property tables (`scripts/gen_unicodedata.py`
//! writes the `.bin` files and describes their layout): the packed
//! property record of a code point, numeric values, decompositions and the
//! canonical compositions.

static PROPS: &[u8] = include_bytes!("props.bin");
static NUMERIC: &[u8] = include_bytes!("numeric.bin");
static DECOMP: &[u8] = include_bytes!("decomp.bin");
static COMPOSE: &[u8] = include_bytes!("compose.bin");

pub fn u32_at(data: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([data[at], data[at + 1], data[at + 2], data[at + 3]])
}

pub fn u16_at(data: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([data[at], data[at + 1]])
}

/// The record of `cp`: category index (bits 0-4), bidirectional class
/// (5-9), combining class (10-17), East Asian width (18-20), mirrored (21).
pub fn record(cp: u32) -> u32 {
    let cp = cp.min(0x10FFFF) as usize;
    let records = u32_at(PROPS, 0) as usize;
    let stage1 = 8 + records * 4;
    let stage2 = stage1 + 0x1100 * 2;
    let block = u16_at(PROPS, stage1 + (cp >> 8) * 2) as usize;
    let index = u16_at(PROPS, stage2 + (block * 256 + (cp & 255)) * 2) as usize;
    u32_at(PROPS, 8 + index * 4)
}

pub fn combining(cp: u32) -> u32 {
    (record(cp) >> 10) & 0xFF
}

/// Binary search of `count` sorted entries of `size` bytes from `start`,
/// keyed by their first u32 (or the first two); the entry's offset.
fn search(
    data: &[u8],
    start: usize,
    count: usize,
    size: usize,
    key: (u32, u32),
    two: bool,
) -> Option<usize> {
    let (mut lo, mut hi) = (0, count);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let at = start + mid * size;
        let found = (u32_at(data, at), if two { u32_at(data, at + 4) } else { 0 });
        match found.cmp(&key) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(at),
        }
    }
    None
}

/// `(decimal, digit, numeric)` of `cp` (-1 for no decimal or digit value).
pub fn numeric(cp: u32) -> Option<(i8, i8, f64)> {
    let at = search(NUMERIC, 4, u32_at(NUMERIC, 0) as usize, 16, (cp, 0), false)?;
    let mut value = [0u8; 8];
    value.copy_from_slice(&NUMERIC[at + 8..at + 16]);
    Some((
        NUMERIC[at + 4] as i8,
        NUMERIC[at + 5] as i8,
        f64::from_le_bytes(value),
    ))
}

/// The one-level decomposition of `cp`: its tag (0 for a canonical one,
/// else an index in `TAGS`) and code points.
pub fn decomposition(cp: u32) -> Option<(u8, Vec<u32>)> {
    let count = u32_at(DECOMP, 0) as usize;
    let at = search(DECOMP, 8, count, 12, (cp, 0), false)?;
    let (tag, len) = (DECOMP[at + 4], DECOMP[at + 5] as usize);
    let pool = 8 + count * 12 + u32_at(DECOMP, at + 8) as usize * 4;
    Some((
        tag,
        (0..len).map(|i| u32_at(DECOMP, pool + i * 4)).collect(),
    ))
}

/// The tags of compatibility decompositions, as `decomposition()` shows them.
pub const TAGS: [&str; 17] = [
    "",
    "<font>",
    "<noBreak>",
    "<initial>",
    "<medial>",
    "<final>",
    "<isolated>",
    "<circle>",
    "<super>",
    "<sub>",
    "<vertical>",
    "<wide>",
    "<narrow>",
    "<small>",
    "<square>",
    "<fraction>",
    "<compat>",
];

/// The primary composite of `first` and `second` that NFC makes, if any
/// (Hangul syllables are composed by `normalize.rs`).
pub fn compose(first: u32, second: u32) -> Option<u32> {
    let at = search(
        COMPOSE,
        4,
        u32_at(COMPOSE, 0) as usize,
        12,
        (first, second),
        true,
    )?;
    Some(u32_at(COMPOSE, at + 8))
}
