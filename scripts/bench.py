#!/usr/bin/env python3
"""Time typhon-compiled programs against CPython, in the same run.

Usage: python3 scripts/bench.py [--runs N] [--typhon PATH] [bench/NAME.py ...]

Each program in bench/ is compiled once with typhon, then the executable
and `python3 program.py` are run alternately N times each; the report gives
the median wall-clock time of each and the ratio CPython / typhon (above 1
means typhon is faster). A start-up line compares the hello-world
executable with `python3 -c pass`. The outputs of both are compared first:
a benchmark that prints something different from CPython is an error.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def median_times(cmds, runs):
    """Run the commands round-robin so machine noise hits all of them alike."""
    samples = [[] for _ in cmds]
    for _ in range(runs):
        for idx, cmd in enumerate(cmds):
            samples[idx].append(timed(cmd))
    return [statistics.median(s) for s in samples]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--typhon", default=os.path.join(ROOT, "target", "release", "typhon"))
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    programs = args.programs or sorted(
        os.path.join(ROOT, "bench", name) for name in os.listdir(os.path.join(ROOT, "bench")) if name.endswith(".py")
    )
    python = sys.executable
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for program in programs:
            name = os.path.splitext(os.path.basename(program))[0]
            exe = os.path.join(tmp, name)
            start = time.perf_counter()
            subprocess.run([args.typhon, "build", program, "-o", exe], check=True)
            compile_time = time.perf_counter() - start
            ours = subprocess.run([exe], capture_output=True).stdout
            theirs = subprocess.run([python, program], capture_output=True).stdout
            if ours != theirs:
                sys.exit(f"{name}: output differs from CPython")
            t_typhon, t_python = median_times([[exe], [python, program]], args.runs)
            rows.append((name, t_typhon, t_python, compile_time, os.path.getsize(exe)))
        hello = os.path.join(tmp, "hello")
        if os.path.exists(hello):
            t_hello, t_pass = median_times([[hello], [python, "-c", "pass"]], args.runs * 3)
            rows.append(("startup: hello vs `python3 -c pass`", t_hello, t_pass, 0.0, os.path.getsize(hello)))
    print(f"{'benchmark':40} {'typhon s':>10} {'cpython s':>10} {'ratio':>8} {'compile s':>10} {'size KB':>8}")
    for name, ours, theirs, compile_time, size in rows:
        print(f"{name:40} {ours:10.4f} {theirs:10.4f} {theirs / ours:8.1f} {compile_time:10.3f} {size // 1024:8}")


if __name__ == "__main__":
    main()
