//! The diagnostic tests: for every `tests/diag/<name>.py`, `typhon check`
//! must print the diagnostics snapshotted in `<name>.stderr` (the test folder
//! replaced by `$DIR`), and every line marked `# error: [code]` must get a
//! diagnostic with that code on that line, and no other line an error.
//!
//! A `# flags: ...` line in the program adds `typhon check` flags for the
//! snapshot (e.g. `--message-format json`). The marker check always reads the
//! JSON output. Folders inside `tests/diag` hold helper modules, not tests.
//! `TYPHON_BLESS=1` rewrites the snapshots. A test whose diagnostics are
//! known to be wrong is listed in `tests/known-failures.txt` as
//! `diag/<name>`, with a `FIXME` in the program saying what is right.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use libtest_mimic::Failed;

fn main() {
    let dir = common::tests_dir("diag");
    let mut suite = common::Suite::new("diag");
    for program in common::files_with_ext(&dir, "py") {
        let dir = dir.clone();
        suite.add(common::stem_of(&program), move || {
            check_program(&dir, &program)
        });
    }
    suite.run();
}

/// A diagnostic as the tests compare it: line, severity and code.
type Marker = (usize, String, String);

fn check_program(dir: &Path, program: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(program)
        .map_err(|err| format!("cannot read {}: {err}", program.display()))?;
    let expected_markers = markers(&source);
    let expects_errors = expected_markers
        .iter()
        .any(|(_, severity, _)| severity == "error");
    let path = program.to_string_lossy().into_owned();

    let mut args = vec!["check".to_string(), path.clone()];
    args.extend(flags(&source));
    let finished = check(&args)?;
    let expected_code = if expects_errors { 1 } else { 0 };
    if finished.code != Some(expected_code) {
        return Err(format!(
            "`{}` ended with {}, expected exit status {expected_code}:\n{}",
            common::shell_line(common::typhon(), &args),
            finished.describe_status(),
            finished.stderr_text()
        )
        .into());
    }
    let stderr = common::normalise_dir(&finished.stderr_text(), dir);
    common::check_snapshot(&program.with_extension("stderr"), &stderr, "diag")?;

    let json_args = vec![
        "check".to_string(),
        path.clone(),
        "--message-format".into(),
        "json".into(),
    ];
    let finished = check(&json_args)?;
    let mut actual_markers = BTreeSet::new();
    for line in finished.stderr_text().lines() {
        let diag = json::parse(line)
            .map_err(|err| format!("typhon printed a line that is not JSON ({err}): {line}"))?;
        let field = |name: &str| {
            diag.field(name)
                .ok_or_else(|| format!("diagnostic without `{name}`: {line}"))
        };
        if field("file")?.as_str() != Some(path.as_str()) {
            continue;
        }
        let line_number = field("line")?
            .as_number()
            .ok_or_else(|| format!("`line` is not a number: {line}"))?;
        let severity = field("severity")?.as_str().unwrap_or_default().to_string();
        let code = field("code")?.as_str().unwrap_or_default().to_string();
        actual_markers.insert((line_number as usize, severity, code));
    }
    // Warnings need no marker; a marked warning must still appear.
    let missing: Vec<&Marker> = expected_markers.difference(&actual_markers).collect();
    let unexpected: Vec<&Marker> = actual_markers
        .difference(&expected_markers)
        .filter(|(_, severity, _)| severity == "error")
        .collect();
    if missing.is_empty() && unexpected.is_empty() {
        return Ok(());
    }
    let show = |list: &[&Marker]| {
        list.iter()
            .map(|(line, severity, code)| format!("  line {line}: {severity}[{code}]"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut res = String::from("the `# error: [code]` markers do not match typhon's diagnostics\n");
    if !missing.is_empty() {
        res.push_str(&format!("marked but not reported:\n{}\n", show(&missing)));
    }
    if !unexpected.is_empty() {
        res.push_str(&format!(
            "reported but not marked:\n{}\n",
            show(&unexpected)
        ));
    }
    Err(res.into())
}

fn check(args: &[String]) -> Result<common::Finished, Failed> {
    let mut command = Command::new(common::typhon());
    command.args(args);
    let finished = common::run_process(command, b"")?;
    if finished.code == Some(101) || finished.code.is_none() {
        return Err(format!(
            "typhon crashed ({}) on `{}`:\n{}",
            finished.describe_status(),
            common::shell_line(common::typhon(), args),
            finished.stderr_text()
        )
        .into());
    }
    Ok(finished)
}

/// The `# error: [code]` and `# warning: [code]` markers of a program; one
/// marker may list several codes (`# error: [a] [b]`).
fn markers(source: &str) -> BTreeSet<Marker> {
    let mut res = BTreeSet::new();
    for (idx, line) in source.lines().enumerate() {
        for severity in ["error", "warning"] {
            let Some(at) = line.find(&format!("# {severity}:")) else {
                continue;
            };
            let mut rest = &line[at..];
            while let Some(open) = rest.find('[') {
                let Some(close) = rest[open..].find(']') else {
                    break;
                };
                res.insert((
                    idx + 1,
                    severity.to_string(),
                    rest[open + 1..open + close].to_string(),
                ));
                rest = &rest[open + close + 1..];
            }
        }
    }
    res
}

/// Extra `typhon check` flags from a `# flags: ...` line.
fn flags(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| line.trim().strip_prefix("# flags:"))
        .flat_map(|rest| rest.split_whitespace().map(str::to_string))
        .collect()
}

/// Just enough JSON to read typhon's diagnostic lines; no dependency needed.
mod json {
    /// Arrays, booleans and null are parsed but not kept: no test reads them.
    pub enum Value {
        Other,
        Number(f64),
        Str(String),
        Object(Vec<(String, Value)>),
    }

    impl Value {
        pub fn field(&self, name: &str) -> Option<&Value> {
            match self {
                Value::Object(fields) => fields
                    .iter()
                    .find(|(key, _)| key == name)
                    .map(|(_, value)| value),
                _ => None,
            }
        }

        pub fn as_str(&self) -> Option<&str> {
            match self {
                Value::Str(text) => Some(text),
                _ => None,
            }
        }

        pub fn as_number(&self) -> Option<f64> {
            match self {
                Value::Number(number) => Some(*number),
                _ => None,
            }
        }
    }

    pub fn parse(text: &str) -> Result<Value, String> {
        let chars: Vec<char> = text.chars().collect();
        let mut pos = 0;
        let value = parse_value(&chars, &mut pos)?;
        skip_space(&chars, &mut pos);
        if pos != chars.len() {
            return Err(format!("trailing text at column {}", pos + 1));
        }
        Ok(value)
    }

    fn skip_space(chars: &[char], pos: &mut usize) {
        while chars.get(*pos).is_some_and(|c| c.is_whitespace()) {
            *pos += 1;
        }
    }

    fn expect(chars: &[char], pos: &mut usize, want: char) -> Result<(), String> {
        skip_space(chars, pos);
        if chars.get(*pos) == Some(&want) {
            *pos += 1;
            Ok(())
        } else {
            Err(format!("expected `{want}` at column {}", *pos + 1))
        }
    }

    fn parse_value(chars: &[char], pos: &mut usize) -> Result<Value, String> {
        skip_space(chars, pos);
        match chars.get(*pos) {
            Some('{') => {
                *pos += 1;
                let mut fields = Vec::new();
                skip_space(chars, pos);
                if chars.get(*pos) == Some(&'}') {
                    *pos += 1;
                    return Ok(Value::Object(fields));
                }
                loop {
                    skip_space(chars, pos);
                    let key = parse_string(chars, pos)?;
                    expect(chars, pos, ':')?;
                    fields.push((key, parse_value(chars, pos)?));
                    skip_space(chars, pos);
                    match chars.get(*pos) {
                        Some(',') => *pos += 1,
                        Some('}') => {
                            *pos += 1;
                            return Ok(Value::Object(fields));
                        }
                        _ => return Err(format!("expected `,` or `}}` at column {}", *pos + 1)),
                    }
                }
            }
            Some('[') => {
                *pos += 1;
                skip_space(chars, pos);
                if chars.get(*pos) == Some(&']') {
                    *pos += 1;
                    return Ok(Value::Other);
                }
                loop {
                    parse_value(chars, pos)?;
                    skip_space(chars, pos);
                    match chars.get(*pos) {
                        Some(',') => *pos += 1,
                        Some(']') => {
                            *pos += 1;
                            return Ok(Value::Other);
                        }
                        _ => return Err(format!("expected `,` or `]` at column {}", *pos + 1)),
                    }
                }
            }
            Some('"') => parse_string(chars, pos).map(Value::Str),
            Some(_) => parse_word(chars, pos),
            None => Err("unexpected end of line".into()),
        }
    }

    fn parse_word(chars: &[char], pos: &mut usize) -> Result<Value, String> {
        let start = *pos;
        while chars
            .get(*pos)
            .is_some_and(|c| c.is_ascii_alphanumeric() || "+-.".contains(*c))
        {
            *pos += 1;
        }
        let word: String = chars[start..*pos].iter().collect();
        match word.as_str() {
            "null" | "true" | "false" => Ok(Value::Other),
            _ => word
                .parse()
                .map(Value::Number)
                .map_err(|_| format!("bad value `{word}` at column {}", start + 1)),
        }
    }

    fn parse_string(chars: &[char], pos: &mut usize) -> Result<String, String> {
        if chars.get(*pos) != Some(&'"') {
            return Err(format!("expected a string at column {}", *pos + 1));
        }
        *pos += 1;
        let mut res = String::new();
        loop {
            match chars.get(*pos) {
                None => return Err("unterminated string".into()),
                Some('"') => {
                    *pos += 1;
                    return Ok(res);
                }
                Some('\\') => {
                    let escaped = chars.get(*pos + 1).copied().ok_or("unterminated escape")?;
                    *pos += 2;
                    match escaped {
                        'n' => res.push('\n'),
                        't' => res.push('\t'),
                        'r' => res.push('\r'),
                        'b' => res.push('\u{8}'),
                        'f' => res.push('\u{c}'),
                        'u' => {
                            let hex: String = chars
                                .get(*pos..*pos + 4)
                                .ok_or("short \\u escape")?
                                .iter()
                                .collect();
                            let code = u32::from_str_radix(&hex, 16)
                                .map_err(|_| format!("bad \\u escape `{hex}`"))?;
                            res.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                            *pos += 4;
                        }
                        other => res.push(other),
                    }
                }
                Some(&ch) => {
                    res.push(ch);
                    *pos += 1;
                }
            }
        }
    }
}
