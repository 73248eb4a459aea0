#!/usr/bin/env python3
"""Compare pure-Rust deflate crates with CPython's zlib, byte for byte.

Builds a throw-away cargo project (in /tmp) that compresses a corpus with
miniz_oxide and zlib-rs (libz-rs-sys) at levels -1..9, then reports, per
crate, how many (input, level) pairs give exactly CPython's `zlib.compress`
output. typhon needs identical bytes (programs print lengths, hashes and
base64 of compressed data), which is why docs/dependencies.md records the
result: neither crate matches, so the compressor is typhon's own.

Usage: python3 scripts/zlib_crate_compare.py [workdir]
"""
import os
import random
import subprocess
import sys
import zlib

WORK = sys.argv[1] if len(sys.argv) > 1 else "/tmp/zlib-crate-compare"

CARGO_TOML = """[package]
name = "zcmp"
version = "0.1.0"
edition = "2021"

[dependencies]
miniz_oxide = "0.8"
libz-rs-sys = { version = "0.5", default-features = false, features = ["rust-allocator"] }
"""

MAIN_RS = r"""
use std::io::Write;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    let mut out = std::io::stdout();
    for path in names {
        let data = std::fs::read(&path).unwrap();
        for level in -1i32..=9 {
            let m = miniz_oxide::deflate::compress_to_vec_zlib(&data, if level < 0 { 6 } else { level as u8 });
            let mut dest = vec![0u8; data.len() * 2 + 1024];
            let mut len = dest.len() as libz_rs_sys::uLongf;
            let rc = unsafe {
                libz_rs_sys::compress2(dest.as_mut_ptr(), &mut len, data.as_ptr(), data.len() as _, level)
            };
            assert_eq!(rc, 0);
            dest.truncate(len as usize);
            writeln!(out, "{} {} {} {}", path.file_name().unwrap().to_str().unwrap(), level,
                     hex(&m), hex(&dest)).unwrap();
        }
    }
}
fn hex(b: &[u8]) -> String { b.iter().map(|x| format!("{x:02x}")).collect() }
"""


def corpus():
    rng = random.Random(1234)
    text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(3000))
    return {
        "empty": b"",
        "tiny": b"a",
        "hello": b"hello hello hello world",
        "text": text,
        "random": bytes(rng.getrandbits(8) for _ in range(20000)),
        "repeat": b"abc" * 50000,
        "zeros": bytes(100000),
        "mixed": bytes(rng.choice(b"abcdefgh  \n") for _ in range(150000)),
    }


def main():
    os.makedirs(os.path.join(WORK, "src"), exist_ok=True)
    os.makedirs(os.path.join(WORK, "corpus"), exist_ok=True)
    with open(os.path.join(WORK, "Cargo.toml"), "w") as f:
        f.write(CARGO_TOML)
    with open(os.path.join(WORK, "src", "main.rs"), "w") as f:
        f.write(MAIN_RS)
    data = corpus()
    for name, blob in data.items():
        with open(os.path.join(WORK, "corpus", name), "wb") as f:
            f.write(blob)
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(WORK, "target"))
    subprocess.run(["cargo", "build", "--release", "-q"], cwd=WORK, env=env, check=True)
    run = subprocess.run([os.path.join(WORK, "target", "release", "zcmp"), os.path.join(WORK, "corpus")],
                         capture_output=True, check=True, text=True)
    same = {"miniz_oxide": 0, "zlib-rs": 0}
    total = 0
    for line in run.stdout.splitlines():
        name, level, miniz, zrs = line.split(" ")
        want = zlib.compress(data[name], int(level)).hex()
        total += 1
        same["miniz_oxide"] += miniz == want
        same["zlib-rs"] += zrs == want
        if miniz != want or zrs != want:
            print(f"{name} level {level}: miniz_oxide {'same' if miniz == want else 'DIFFERENT'}, "
                  f"zlib-rs {'same' if zrs == want else 'DIFFERENT'}")
    print(f"CPython zlib {zlib.ZLIB_RUNTIME_VERSION}; identical output on {total} cases:",
          ", ".join(f"{k} {v}/{total}" for k, v in same.items()))


if __name__ == "__main__":
    main()
