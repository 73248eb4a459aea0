//! The method tables of built-in types, written at link time so that an
//! executable holds only the native methods its program can reach.
//!
//! The runtime exports each method of a linked table as a symbol
//! `tym$<table>$<name>` and reads the table through `tymt$<table>`, which
//! it leaves undefined (`runtime/src/methods.rs`). This module lists the
//! method symbols from the archive's symbol index and writes a small
//! object defining every `tymt$` table: a length, then pointers to the
//! methods whose names [`Reach`] admits, sorted by name. `--gc-sections`
//! then drops the other methods and the code only they reach.

use std::collections::BTreeMap;

use object::write::{Object, Relocation, Symbol, SymbolSection};
use object::{
    Architecture, BinaryFormat, Endianness, RelocationEncoding, RelocationFlags, RelocationKind,
    SectionKind, SymbolFlags, SymbolKind, SymbolScope,
};
use target_lexicon::Triple;

use super::reach::Reach;

/// The object defining every method table of `archive` for `reach`, or
/// `None` when the archive has no linked tables.
pub fn tables_object(
    archive_symbols: &[&str],
    triple: &Triple,
    reach: &Reach,
) -> Result<Option<Vec<u8>>, String> {
    let mut tables: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for symbol in archive_symbols {
        let Some(rest) = symbol.strip_prefix("tym$") else {
            continue;
        };
        let Some((table, name)) = rest.split_once('$') else {
            continue;
        };
        tables.entry(table).or_default().push(name);
    }
    if tables.is_empty() {
        return Ok(None);
    }
    let architecture = match triple.architecture {
        target_lexicon::Architecture::X86_64 => Architecture::X86_64,
        target_lexicon::Architecture::Aarch64(_) => Architecture::Aarch64,
        other => return Err(format!("no method tables for architecture `{other}`")),
    };
    let mut obj = Object::new(BinaryFormat::Elf, architecture, Endianness::Little);
    let mut methods: BTreeMap<String, object::write::SymbolId> = BTreeMap::new();
    for (table, names) in &mut tables {
        names.sort_unstable();
        names.dedup();
        let kept: Vec<&str> = names
            .iter()
            .copied()
            .filter(|name| reach.keeps(table, name))
            .collect();
        // Pointers resolved at load time: relocated read-only data (RELRO),
        // a section per table so that `--gc-sections` drops the tables (and
        // so the methods) of types the program does not link.
        let section = obj.add_section(
            Vec::new(),
            format!(".data.rel.ro.tymt.{table}").into_bytes(),
            SectionKind::ReadOnlyDataWithRel,
        );
        let mut data = (kept.len() as u64).to_le_bytes().to_vec();
        data.resize(8 * (kept.len() + 1), 0);
        let offset = obj.append_section_data(section, &data, 8);
        obj.add_symbol(Symbol {
            name: format!("tymt${table}").into_bytes(),
            value: offset,
            size: data.len() as u64,
            kind: SymbolKind::Data,
            scope: SymbolScope::Linkage,
            weak: false,
            section: SymbolSection::Section(section),
            flags: SymbolFlags::None,
        });
        for (index, name) in kept.iter().enumerate() {
            let symbol_name = format!("tym${table}${name}");
            let symbol = *methods.entry(symbol_name.clone()).or_insert_with(|| {
                obj.add_symbol(Symbol {
                    name: symbol_name.into_bytes(),
                    value: 0,
                    size: 0,
                    kind: SymbolKind::Data,
                    scope: SymbolScope::Unknown,
                    weak: false,
                    section: SymbolSection::Undefined,
                    flags: SymbolFlags::None,
                })
            });
            obj.add_relocation(
                section,
                Relocation {
                    offset: offset + 8 * (index as u64 + 1),
                    symbol,
                    addend: 0,
                    flags: RelocationFlags::Generic {
                        kind: RelocationKind::Absolute,
                        encoding: RelocationEncoding::Generic,
                        size: 64,
                    },
                },
            )
            .map_err(|e| format!("cannot write the method tables: {e}"))?;
        }
    }
    obj.write()
        .map(Some)
        .map_err(|e| format!("cannot write the method tables: {e}"))
}
