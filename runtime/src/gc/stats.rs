//! Heap statistics for tuning the collector: with `TYPHON_GC_STATS=1` in
//! the environment the program prints, at exit on standard error, how many
//! collections ran, the time they took (marking and sweeping apart), and the
//! peak and last-collection sizes of each part of the heap (small-object
//! pages in use and kept empty, the live bytes in them, large objects, Rust
//! buffers); `TYPHON_GC_STATS=2` also prints one line per collection. Peak
//! resident memory is reached just before a collection, when the heap holds
//! the live data plus a budget's worth of garbage, so the sizes are sampled
//! there and after the sweep.

use std::time::{Duration, Instant};

/// Sizes of the heap's parts at one moment, in bytes.
#[derive(Default, Clone, Copy)]
pub struct Sizes {
    /// Small-object pages holding objects (or free slots of them).
    pub pages: usize,
    /// Emptied pages kept resident for reuse.
    pub empty: usize,
    /// Bytes in live small objects (after a sweep; slot sizes).
    pub small_live: usize,
    pub large: usize,
    pub malloc: usize,
}

impl Sizes {
    fn total(&self) -> usize {
        self.pages + self.empty + self.large + self.malloc
    }
}

#[derive(Default)]
pub struct Stats {
    /// 0: off, 1: summary at exit, 2: also one line per collection.
    pub level: u8,
    pub mark_time: Duration,
    pub sweep_time: Duration,
    /// Largest total seen before a collection, and its parts.
    pub peak: Sizes,
    /// Largest total after a sweep (live data and what is kept), and parts.
    pub peak_after: Sizes,
    /// Objects freed by all sweeps.
    pub freed: usize,
    started: Option<Instant>,
    marked_at: Option<Instant>,
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

impl Stats {
    pub fn from_env() -> Stats {
        let level = match std::env::var("TYPHON_GC_STATS").as_deref() {
            Ok("1") => 1,
            Ok("2") => 2,
            _ => 0,
        };
        Stats {
            level,
            ..Stats::default()
        }
    }

    /// A collection starts; `sizes` is the heap now.
    pub fn start(&mut self, sizes: Sizes) {
        if self.level == 0 {
            return;
        }
        if sizes.total() > self.peak.total() {
            self.peak = sizes;
        }
        self.started = Some(Instant::now());
    }

    /// Marking is over.
    pub fn marked(&mut self) {
        if self.level != 0 {
            self.marked_at = Some(Instant::now());
        }
    }

    /// The sweep is over (and spare pages released); `sizes` is the heap now.
    pub fn end(&mut self, number: u64, before: Sizes, sizes: Sizes, freed: usize, budget: usize) {
        if self.level == 0 {
            return;
        }
        let (Some(start), Some(marked)) = (self.started, self.marked_at) else {
            return;
        };
        let now = Instant::now();
        self.mark_time += marked - start;
        self.sweep_time += now - marked;
        self.freed += freed;
        if sizes.total() > self.peak_after.total() {
            self.peak_after = sizes;
        }
        if self.level >= 2 {
            eprintln!(
                "gc {number}: rss {:.1} MiB, before {:.1} MiB (pages {:.1}, empty {:.1}, large {:.1}, malloc {:.1}); \
                 after: small live {:.1} in pages {:.1}, empty {:.1}, large {:.1}, malloc {:.1}; \
                 freed {freed}; mark {:.2} ms, sweep {:.2} ms; next budget {:.1}",
                mib(resident()),
                mib(before.total()),
                mib(before.pages),
                mib(before.empty),
                mib(before.large),
                mib(before.malloc),
                mib(sizes.small_live),
                mib(sizes.pages),
                mib(sizes.empty),
                mib(sizes.large),
                mib(sizes.malloc),
                (marked - start).as_secs_f64() * 1e3,
                (now - marked).as_secs_f64() * 1e3,
                mib(budget),
            );
        }
    }

    /// The summary printed at exit; `now` is the heap at exit.
    pub fn report(&self, collections: u64, now: Sizes) {
        if self.level == 0 {
            return;
        }
        let parts = |s: &Sizes| {
            format!(
                "{:.1} MiB (small pages {:.1}, live in them {:.1}, empty kept {:.1}, large {:.1}, rust buffers {:.1})",
                mib(s.total()),
                mib(s.pages),
                mib(s.small_live),
                mib(s.empty),
                mib(s.large),
                mib(s.malloc)
            )
        };
        eprintln!(
            "gc stats: {collections} collections, {} objects freed",
            self.freed
        );
        eprintln!(
            "gc stats: mark {:.3} s, sweep {:.3} s",
            self.mark_time.as_secs_f64(),
            self.sweep_time.as_secs_f64()
        );
        eprintln!("gc stats: peak before a collection {}", parts(&self.peak));
        eprintln!(
            "gc stats: peak after a collection {}",
            parts(&self.peak_after)
        );
        eprintln!("gc stats: at exit {}", parts(&now));
    }
}

/// The process's resident set size now (0 when unknown).
fn resident() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|text| text.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| pages * 4096)
}
