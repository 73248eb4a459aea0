//! Routes the Rust standard library's panic and allocation-failure handlers
//! to the runtime's own (`runtime/src/panic.rs`), so that std's, and the
//! backtrace symbolizer only they reach, are left out of every executable
//! (about 250 KB of a hello world).
//!
//! The symbols are std-internal and their mangled names carry a hash that
//! changes with the Rust toolchain that built the runtime, so they are read
//! from the runtime archive's symbol index rather than spelled here. The
//! linker's `--wrap=S` sends every reference to `S` from another object
//! (core's `panic_fmt`, alloc's `handle_alloc_error`) to `__wrap_S`, which
//! `--defsym` makes the runtime's handler; std's definition is then
//! unreferenced and `--gc-sections` drops it. When a name is not found the
//! archive is linked as it is, with std's handlers.

/// std's symbol suffix (after the toolchain-specific crate prefix) and the
/// runtime function that replaces it.
const HANDLERS: &[(&str, &str)] = &[
    ("7___rustc17rust_begin_unwind", "typhon_panic_handler"),
    (
        "7___rustc26___rust_alloc_error_handler",
        "typhon_alloc_error_handler",
    ),
];

/// The linker flags that route std's handlers to the runtime's, given the
/// runtime archive's symbols.
pub fn wrap_flags(symbols: &[&str]) -> Vec<String> {
    let mut flags = Vec::new();
    for (suffix, replacement) in HANDLERS {
        if !symbols.contains(replacement) {
            continue;
        }
        let Some(std_name) = symbols
            .iter()
            .find(|name| name.starts_with("_R") && name.ends_with(suffix))
        else {
            continue;
        };
        flags.push(format!("-Wl,--wrap={std_name}"));
        flags.push(format!("-Wl,--defsym=__wrap_{std_name}={replacement}"));
    }
    flags
}

/// The names in the symbol index of a System V / GNU `ar` archive (the
/// `/` member, or `/SYM64/` for 64-bit offsets), which lists every global
/// symbol the archive's members define; `None` if there is none.
pub fn archive_symbols(archive: &[u8]) -> Option<Vec<&str>> {
    const MAGIC: &[u8] = b"!<arch>\n";
    const HEADER: usize = 60;
    let rest = archive.strip_prefix(MAGIC)?;
    let header = rest.get(..HEADER)?;
    let name = std::str::from_utf8(&header[..16]).ok()?.trim_end();
    let offset_size = match name {
        "/" => 4,
        "/SYM64/" => 8,
        _ => return None,
    };
    let size: usize = std::str::from_utf8(&header[48..58])
        .ok()?
        .trim()
        .parse()
        .ok()?;
    let body = rest.get(HEADER..HEADER + size)?;
    let count_bytes = body.get(..offset_size)?;
    let count = count_bytes
        .iter()
        .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
    let names_start = offset_size.checked_mul(count.checked_add(1)?)?;
    let names = body.get(names_start..)?;
    Some(
        names
            .split(|&b| b == 0)
            .take(count)
            .filter_map(|name| std::str::from_utf8(name).ok())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A GNU archive whose index lists `names` (the members themselves do
    /// not matter to the index reader).
    fn archive_with(names: &[&str]) -> Vec<u8> {
        let mut body = (names.len() as u32).to_be_bytes().to_vec();
        for _ in names {
            body.extend_from_slice(&0u32.to_be_bytes());
        }
        for name in names {
            body.extend_from_slice(name.as_bytes());
            body.push(0);
        }
        let mut archive = b"!<arch>\n".to_vec();
        archive
            .extend_from_slice(format!("{:<16}{:<32}{:<10}`\n", "/", "0", body.len()).as_bytes());
        archive.extend_from_slice(&body);
        archive
    }

    #[test]
    fn wraps_the_handlers_the_archive_defines() {
        let archive = archive_with(&[
            "main",
            "_RNvCsAbc_7___rustc17rust_begin_unwind",
            "typhon_panic_handler",
        ]);
        assert_eq!(
            wrap_flags(&archive_symbols(&archive).unwrap()),
            [
                "-Wl,--wrap=_RNvCsAbc_7___rustc17rust_begin_unwind",
                "-Wl,--defsym=__wrap__RNvCsAbc_7___rustc17rust_begin_unwind=typhon_panic_handler",
            ]
        );
    }

    #[test]
    fn leaves_an_archive_without_the_runtime_handlers_alone() {
        let archive = archive_with(&["_RNvCsAbc_7___rustc17rust_begin_unwind"]);
        assert!(wrap_flags(&archive_symbols(&archive).unwrap()).is_empty());
        assert!(archive_symbols(b"not an archive").is_none());
    }

    #[test]
    fn the_embedded_runtime_has_both_handlers() {
        let symbols = archive_symbols(super::super::RUNTIME_ARCHIVE).unwrap();
        assert_eq!(wrap_flags(&symbols).len(), 4);
    }
}
