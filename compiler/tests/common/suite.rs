//! The trial list of one harness: `tests/known-failures.txt` applied to each
//! trial, and libtest's command line with several filters.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use libtest_mimic::{Failed, Trial};

use super::repo_root;

/// `tests/known-failures.txt`: tests that cannot pass yet, one per line as
/// `<kind>/<name>  # reason` (`run/int/int-big-values`,
/// `traceback/raise-from`); a `tests/` prefix and a `.py` suffix are
/// tolerated, since paths get pasted.
pub struct KnownFailures {
    pub entries: BTreeMap<String, String>,
}

impl KnownFailures {
    pub fn path() -> PathBuf {
        repo_root().join("tests/known-failures.txt")
    }

    pub fn load() -> Result<KnownFailures, String> {
        let path = Self::path();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(err) => return Err(format!("cannot read {}: {err}", path.display())),
        };
        let mut entries = BTreeMap::new();
        for (idx, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (test, reason) = match line.split_once('#') {
                Some((test, reason)) => (test.trim(), reason.trim()),
                None => (line, ""),
            };
            if reason.is_empty() {
                return Err(format!(
                    "tests/known-failures.txt:{}: `{test}` needs a `# reason`",
                    idx + 1
                ));
            }
            let key = test
                .trim_start_matches("tests/")
                .trim_end_matches(".py")
                .to_string();
            entries.insert(key, reason.to_string());
        }
        Ok(KnownFailures { entries })
    }

    /// The reason `key` is listed, when it is.
    pub fn reason(&self, key: &str) -> Option<&str> {
        self.entries.get(key).map(String::as_str)
    }

    /// Listed entries of one kind (`run/`, `traceback/`) that name no test.
    pub fn stale(&self, prefix: &str, existing: &[String]) -> Vec<String> {
        self.entries
            .keys()
            .filter(|key| key.starts_with(prefix) && !existing.contains(key))
            .cloned()
            .collect()
    }
}

/// How many listed tests failed as expected in this run, for the summary.
static FAILED_AS_KNOWN: AtomicUsize = AtomicUsize::new(0);

/// The trials of one harness, with the known-failures list applied: `kind`
/// is the list's prefix (`run`, `traceback`, `diag`, `ir`).
pub struct Suite {
    kind: &'static str,
    known: KnownFailures,
    keys: Vec<String>,
    trials: Vec<Trial>,
}

impl Suite {
    /// A suite reading `tests/known-failures.txt`; a malformed list stops
    /// the harness before any test runs.
    pub fn new(kind: &'static str) -> Suite {
        let known = KnownFailures::load().unwrap_or_else(|err| {
            eprintln!("error: {err}");
            std::process::exit(101);
        });
        Suite {
            kind,
            known,
            keys: Vec::new(),
            trials: Vec::new(),
        }
    }

    /// Add a trial named `name` (its key in the list is `<kind>/<name>`). A
    /// listed test that fails passes, and one that passes fails, so the list
    /// only shrinks.
    pub fn add(
        &mut self,
        name: String,
        check: impl FnOnce() -> Result<(), Failed> + Send + 'static,
    ) {
        let key = format!("{}/{name}", self.kind);
        let reason = self.known.reason(&key).map(str::to_string);
        self.keys.push(key.clone());
        let listed = reason.is_some();
        let trial = Trial::test(name, move || match (reason, check()) {
            (None, result) => result,
            (Some(_), Err(_)) => {
                FAILED_AS_KNOWN.fetch_add(1, Ordering::Relaxed);
                Ok(())
            }
            (Some(reason), Ok(())) => Err(format!(
                "`{key}` passes now but is listed in tests/known-failures.txt ({reason}): \
                 remove it from known-failures.txt"
            )
            .into()),
        });
        self.trials.push(if listed {
            trial.with_kind("known-failure")
        } else {
            trial
        });
    }

    /// Run the trials plus one that fails when the list names a test of this
    /// kind that does not exist, so renamed tests do not linger in it; exit.
    pub fn run(mut self) -> ! {
        let stale = self.known.stale(&format!("{}/", self.kind), &self.keys);
        self.trials.push(Trial::test(
            format!("{}/known-failures-list", self.kind),
            move || {
                if stale.is_empty() {
                    return Ok(());
                }
                Err(format!(
                    "tests/known-failures.txt names tests that do not exist: {}",
                    stale.join(", ")
                )
                .into())
            },
        ));
        let conclusion = run_trials(self.trials);
        let failed_as_known = FAILED_AS_KNOWN.load(Ordering::Relaxed);
        if failed_as_known > 0 {
            println!("{failed_as_known} tests failed as listed in tests/known-failures.txt");
        }
        conclusion.exit()
    }
}

/// Run `trials` with libtest's command line, accepting several filters as
/// libtest does (`-- list/ dict/` runs the tests matching either), which
/// libtest-mimic alone does not.
pub fn run_trials(trials: Vec<Trial>) -> libtest_mimic::Conclusion {
    const TAKES_VALUE: &[&str] = &[
        "--test-threads",
        "--logfile",
        "--skip",
        "--color",
        "--format",
        "-Z",
    ];
    let mut passed = Vec::new();
    let mut filters = Vec::new();
    let mut args = std::env::args();
    passed.extend(args.next());
    while let Some(arg) = args.next() {
        if TAKES_VALUE.contains(&arg.as_str()) {
            passed.push(arg);
            passed.extend(args.next());
        } else if arg.starts_with('-') {
            passed.push(arg);
        } else {
            filters.push(arg);
        }
    }
    if filters.len() <= 1 {
        passed.extend(filters);
        return libtest_mimic::run(&libtest_mimic::Arguments::from_iter(passed), trials);
    }
    // Several filters: turn them into an exact skip list, which libtest-mimic
    // applies (and counts as filtered out) like its own single filter.
    let mut arguments = libtest_mimic::Arguments::from_iter(passed);
    let matches = |name: &str, pattern: &str| {
        if arguments.exact {
            name == pattern
        } else {
            name.contains(pattern)
        }
    };
    let skipped: Vec<String> = trials
        .iter()
        .map(|trial| trial.name().to_string())
        .filter(|name| {
            !filters.iter().any(|filter| matches(name, filter))
                || arguments.skip.iter().any(|skip| matches(name, skip))
        })
        .collect();
    arguments.skip = skipped;
    arguments.exact = true;
    libtest_mimic::run(&arguments, trials)
}
