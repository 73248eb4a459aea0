//! What `readelf` says about an executable: its type and machine, program
//! headers and dynamic section, with the checks the executable and cross
//! harnesses make (hardening like the system toolchain's defaults, or no
//! dynamic linking at all).

use std::path::Path;
use std::process::Command;

use libtest_mimic::Failed;

/// `readelf -h -l -d` output of one file, split into the parts we check.
pub struct Elf {
    pub path: String,
    /// `Type:` of the ELF header (`DYN (Position-Independent Executable file)`).
    pub file_type: String,
    /// `Machine:` of the ELF header (`AArch64`, `Advanced Micro Devices X86-64`).
    pub machine: String,
    /// Each program header as (type, flags), flags like `RW` or `RE`.
    pub segments: Vec<(String, String)>,
    /// The dynamic section's lines; empty when there is none.
    pub dynamic: Vec<String>,
}

/// Whether `readelf` can be run here.
pub fn readelf_available() -> bool {
    Command::new("readelf").arg("--version").output().is_ok()
}

impl Elf {
    pub fn read(path: &Path) -> Result<Elf, Failed> {
        let output = Command::new("readelf")
            .args(["-W", "-h", "-l", "-d"])
            .arg(path)
            .output()
            .map_err(|e| format!("cannot run readelf: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "readelf {} failed: {}",
                path.display(),
                String::from_utf8_lossy(&output.stderr)
            )
            .into());
        }
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        let header = |key: &str| {
            text.lines()
                .find_map(|line| line.trim().strip_prefix(key))
                .map(|value| value.trim().to_string())
                .unwrap_or_default()
        };
        let mut segments = Vec::new();
        let mut in_headers = false;
        for line in text.lines() {
            if line.trim_start().starts_with("Type") && line.contains("Offset") {
                in_headers = true;
                continue;
            }
            if in_headers && line.trim().is_empty() {
                break;
            }
            let fields: Vec<&str> = line.split_whitespace().collect();
            // Type, offset, vaddr, paddr, filesz, memsz, flags (one or two
            // words: `R E`), align; `[Requesting program interpreter...]`
            // lines have other shapes.
            if in_headers && fields.len() >= 8 && fields[1].starts_with("0x") {
                let flags = fields[6..fields.len() - 1].join("");
                segments.push((fields[0].to_string(), flags));
            }
        }
        let dynamic = text
            .lines()
            .skip_while(|line| !line.starts_with("Dynamic section"))
            .skip(2)
            .take_while(|line| !line.trim().is_empty())
            .map(str::to_string)
            .collect();
        Ok(Elf {
            path: path.display().to_string(),
            file_type: header("Type:"),
            machine: header("Machine:"),
            segments,
            dynamic,
        })
    }

    fn segment_flags(&self, kind: &str) -> Option<&str> {
        self.segments
            .iter()
            .find(|(name, _)| name == kind)
            .map(|(_, flags)| flags.as_str())
    }

    pub fn check_machine(&self, machine: &str) -> Result<(), Failed> {
        if self.machine.contains(machine) {
            return Ok(());
        }
        Err(format!(
            "{}: machine is `{}`, not {machine}",
            self.path, self.machine
        )
        .into())
    }

    /// Position-independent, full RELRO (relocations read-only, bound at
    /// start-up) and a non-executable stack.
    pub fn check_hardened(&self) -> Result<(), Failed> {
        let mut problems = Vec::new();
        if !self.file_type.starts_with("DYN") {
            problems.push(format!(
                "not position-independent (Type: {})",
                self.file_type
            ));
        }
        if self.segment_flags("GNU_RELRO").is_none() {
            problems.push("no GNU_RELRO segment".to_string());
        }
        let bind_now = self.dynamic.iter().any(|line| {
            line.contains("(BIND_NOW)")
                || (line.contains("(FLAGS)") && line.contains("BIND_NOW"))
                || (line.contains("(FLAGS_1)") && line.contains("NOW"))
        });
        if !bind_now {
            problems.push("no BIND_NOW: relocations are resolved lazily".to_string());
        }
        problems.extend(self.stack_problem());
        self.report(problems)
    }

    /// No program interpreter and no dynamic section: the kernel runs it
    /// directly, and `ldd` says "not a dynamic executable".
    pub fn check_fully_static(&self) -> Result<(), Failed> {
        let mut problems = Vec::new();
        if !self.file_type.starts_with("EXEC") {
            problems.push(format!("Type: {} (expected EXEC)", self.file_type));
        }
        for kind in ["INTERP", "DYNAMIC"] {
            if self.segment_flags(kind).is_some() {
                problems.push(format!("has a {kind} segment"));
            }
        }
        if !self.dynamic.is_empty() {
            problems.push("has a dynamic section".to_string());
        }
        problems.extend(self.stack_problem());
        self.report(problems)
    }

    fn stack_problem(&self) -> Option<String> {
        match self.segment_flags("GNU_STACK") {
            None => Some("no GNU_STACK segment (the stack may be executable)".to_string()),
            Some(flags) if flags.contains('E') => {
                Some(format!("executable stack (GNU_STACK flags {flags})"))
            }
            Some(_) => None,
        }
    }

    fn report(&self, problems: Vec<String>) -> Result<(), Failed> {
        if problems.is_empty() {
            return Ok(());
        }
        Err(format!("{}:\n  {}", self.path, problems.join("\n  ")).into())
    }
}
