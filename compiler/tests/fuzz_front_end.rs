//! Feeds the front end malformed and random input: it must answer with
//! diagnostics (exit status 0 or 1), never with a panic (status 101).
//!
//! Inputs are deterministic mutations (byte flips, truncations, spliced
//! lines, random tokens) of the run-test programs plus pure noise, from a
//! fixed-seed generator, so a failure reproduces.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A small xorshift generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "def", "(", ")", ":", "\n", "    ", "return", "yield", "lambda", "class", "=", "+=", "**", "[",
    "]", "{", "}", "'", "\"", "\"\"\"", "f'{", "}'", "import", "from", "global", "nonlocal", "try",
    "except", "finally", "raise", "*", "**", ",", ".", "if", "else", "elif", "while", "for", "in",
    "not", "is", "and", "or", "x", "0", "1e", "0x", "\\", "#", "@", "async", "await", "with", "as",
    "del", "pass", "break", "continue", "None", "...", ";", "\t",
];

fn seeds() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/run");
    let mut files = Vec::new();
    collect_py(&root, &mut files);
    files.sort();
    let mut res: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    res.push("def f(x):\n    return x + 1\nprint(f(2))\n".into());
    res
}

fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_py(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn mutate(rng: &mut Rng, seed: &str) -> Vec<u8> {
    let mut bytes = seed.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(5) {
            0 if !bytes.is_empty() => {
                let idx = rng.below(bytes.len());
                bytes[idx] = rng.next() as u8;
            }
            1 if !bytes.is_empty() => {
                let cut = rng.below(bytes.len());
                bytes.truncate(cut);
            }
            2 => {
                let idx = rng.below(bytes.len() + 1);
                let token = TOKENS[rng.below(TOKENS.len())];
                bytes.splice(idx..idx, token.bytes());
            }
            3 if !bytes.is_empty() => {
                let start = rng.below(bytes.len());
                let end = (start + rng.below(40)).min(bytes.len());
                let chunk: Vec<u8> = bytes[start..end].to_vec();
                let at = rng.below(bytes.len() + 1);
                bytes.splice(at..at, chunk);
            }
            _ => {
                let noise: Vec<u8> = (0..rng.below(30))
                    .map(|_| TOKENS[rng.below(TOKENS.len())])
                    .collect::<Vec<_>>()
                    .join(" ")
                    .into_bytes();
                bytes.extend(noise);
            }
        }
    }
    bytes
}

#[test]
fn front_end_never_panics() {
    let typhon = env!("CARGO_BIN_EXE_typhon");
    let dir = std::env::temp_dir().join(format!("typhon-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let seeds = seeds();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut failures = Vec::new();
    for case in 0..300 {
        let seed = &seeds[rng.below(seeds.len())];
        let input = if case % 10 == 0 {
            (0..rng.below(200)).map(|_| rng.next() as u8).collect()
        } else {
            mutate(&mut rng, seed)
        };
        let path = dir.join(format!("case{case}.py"));
        std::fs::write(&path, &input).expect("write case");
        let output = Command::new(typhon)
            .arg("check")
            .arg(&path)
            .output()
            .expect("run typhon");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let code = output.status.code();
        if !matches!(code, Some(0) | Some(1)) || stderr.contains("internal compiler error") {
            let kept = dir.join(format!("failing{case}.py"));
            let _ = std::fs::copy(&path, &kept);
            failures.push(format!(
                "{} (status {code:?}): {}",
                kept.display(),
                stderr.lines().next().unwrap_or("")
            ));
        } else {
            let _ = std::fs::remove_file(&path);
        }
    }
    assert!(
        failures.is_empty(),
        "the front end crashed on {} inputs:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}
