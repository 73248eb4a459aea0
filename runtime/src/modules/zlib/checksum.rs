//! The Adler-32 and CRC-32 checksums of `zlib.adler32`/`zlib.crc32`, the
//! zlib and gzip trailers.

/// Adler-32 of `data` continued from `adler`.
pub fn adler32(adler: u32, data: &[u8]) -> u32 {
    const BASE: u32 = 65521;
    // 5552 bytes is the most that cannot overflow the 32-bit sums.
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    for chunk in data.chunks(5552) {
        // 16 bytes at once: b gains 16 times a plus the bytes weighted by
        // how many of the block's sums each enters (16 down to 1), sums
        // without a serial dependency from byte to byte.
        let mut blocks = chunk.chunks_exact(16);
        for block in &mut blocks {
            let (mut sum, mut weighted) = (0u32, 0u32);
            for (i, &byte) in block.iter().enumerate() {
                sum += u32::from(byte);
                weighted += (16 - i as u32) * u32::from(byte);
            }
            b += 16 * a + weighted;
            a += sum;
        }
        for &byte in blocks.remainder() {
            a += u32::from(byte);
            b += a;
        }
        a %= BASE;
        b %= BASE;
    }
    (b << 16) | a
}

// Index loops: the table recurrence reads other rows by index.
#[allow(clippy::needless_range_loop)]
fn crc_table() -> &'static [[u32; 256]; 4] {
    static TABLE: std::sync::OnceLock<[[u32; 256]; 4]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [[0u32; 256]; 4];
        for n in 0..256 {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            t[0][n] = c;
        }
        for n in 0..256 {
            for k in 1..4 {
                let prev = t[k - 1][n];
                t[k][n] = t[0][(prev & 0xff) as usize] ^ (prev >> 8);
            }
        }
        t
    })
}

/// CRC-32 (the gzip polynomial) of `data` continued from `crc`.
pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    let t = crc_table();
    let mut c = !crc;
    let mut chunks = data.chunks_exact(4);
    for w in &mut chunks {
        c ^= u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        c = t[3][(c & 0xff) as usize]
            ^ t[2][((c >> 8) & 0xff) as usize]
            ^ t[1][((c >> 16) & 0xff) as usize]
            ^ t[0][(c >> 24) as usize];
    }
    for &byte in chunks.remainder() {
        c = t[0][((c ^ u32::from(byte)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

#[cfg(test)]
mod tests {
    /// The definition, a byte at a time, reduced at every step.
    fn naive_adler32(adler: u32, data: &[u8]) -> u32 {
        let (mut a, mut b) = (adler & 0xffff, adler >> 16);
        for &byte in data {
            a = (a + u32::from(byte)) % 65521;
            b = (b + a) % 65521;
        }
        (b << 16) | a
    }

    #[test]
    fn adler32_blocks_match_the_definition() {
        let data: Vec<u8> = (0..20000u32)
            .map(|i| (i * 7919 % 251) as u8 ^ 0xa5)
            .collect();
        for len in [0, 1, 15, 16, 17, 31, 5551, 5552, 5553, 11104, 20000] {
            for start in [1, 0xfff0_fff0, 0x1234_5678] {
                assert_eq!(
                    super::adler32(start, &data[..len]),
                    naive_adler32(start, &data[..len])
                );
            }
        }
        let ones = vec![0xffu8; 12000];
        assert_eq!(
            super::adler32(0xfff0_fff0, &ones),
            naive_adler32(0xfff0_fff0, &ones)
        );
    }
}
