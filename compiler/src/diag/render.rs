//! Rendering diagnostics for people (rustc style) and for CI (JSON lines).

use super::{Diagnostic, Severity, SourceMap};
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::NoColor};

/// Render diagnostics as text, without colour.
pub fn render_human(sources: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut files = SimpleFiles::new();
    for file in &sources.files {
        files.add(file.path.clone(), file.text.clone());
    }
    let config = term::Config::default();
    let mut buffer = NoColor::new(Vec::new());
    for diag in diags {
        let kind = &diag.kind;
        let base = match diag.severity() {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
        };
        let span = diag.span.start as usize..diag.span.end.max(diag.span.start) as usize;
        let rendered = base
            .with_code(kind.code())
            .with_message(kind.message())
            .with_labels(vec![
                Label::primary(diag.span.file.0 as usize, span).with_message(kind.label()),
            ])
            .with_notes(kind.notes());
        // Rendering into memory cannot fail except on a span outside the
        // file, which would be a typhon bug; fall back to a plain line.
        if term::emit(&mut buffer, &config, &files, &rendered).is_err() {
            let file = sources.file(diag.span.file);
            let line = file.line_of(diag.span.start);
            let text = format!(
                "{}[{}]: {}\n  --> {}:{line}\n",
                severity_word(diag),
                kind.code(),
                kind.message(),
                file.path
            );
            buffer = NoColor::new([buffer.into_inner(), text.into_bytes()].concat());
        }
    }
    String::from_utf8_lossy(&buffer.into_inner()).into_owned()
}

fn severity_word(diag: &Diagnostic) -> &'static str {
    match diag.severity() {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Render diagnostics as one JSON object per line.
pub fn render_json(sources: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut res = String::new();
    for diag in diags {
        let file = sources.file(diag.span.file);
        let notes: Vec<String> = diag.kind.notes().iter().map(|n| json_string(n)).collect();
        res.push_str(&format!(
            "{{\"severity\":\"{}\",\"code\":\"{}\",\"message\":{},\"file\":{},\"line\":{},\"column\":{},\"end_line\":{},\"end_column\":{},\"notes\":[{}]}}\n",
            severity_word(diag),
            diag.kind.code(),
            json_string(&diag.kind.message()),
            json_string(&file.path),
            file.line_of(diag.span.start),
            file.column_of(diag.span.start),
            file.line_of(diag.span.end),
            file.column_of(diag.span.end),
            notes.join(",")
        ));
    }
    res
}

fn json_string(text: &str) -> String {
    let mut res = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => res.push_str("\\\""),
            '\\' => res.push_str("\\\\"),
            '\n' => res.push_str("\\n"),
            '\t' => res.push_str("\\t"),
            ch if (ch as u32) < 0x20 => res.push_str(&format!("\\u{:04x}", ch as u32)),
            ch => res.push(ch),
        }
    }
    res.push('"');
    res
}
