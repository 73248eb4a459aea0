#!/usr/bin/env python3
"""Peak memory and run time of the allocation benchmarks, typhon vs CPython.

Usage: python3 scripts/memory.py [--typhon PATH]

Compiles bench/binary_trees.py, bench/cyclic_graphs.py (each also in a
version built from class instances, `*_classes.py`) and
bench/str_dict_churn.py, runs each executable and `python3 program.py`
under `/usr/bin/time -v` in the same run, and prints wall-clock time and
peak resident set size of both with the ratios (time: CPython / typhon,
above 1 means typhon is faster; memory: typhon / CPython, below 1 means
typhon uses less). The churn program is also run with 1x, 2x and 4x its
iterations: flat peak memory across them shows the steady state. Outputs
of both must match.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = [
    ("binary_trees", []),
    ("binary_trees_classes", []),
    ("cyclic_graphs", []),
    ("cyclic_graphs_classes", []),
    ("str_dict_churn", []),
    ("str_dict_churn", ["4000000"]),
    ("str_dict_churn", ["8000000"]),
]


def measure(cmd):
    """(seconds, peak KiB, stdout) of one run under /usr/bin/time -v."""
    done = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, check=True)
    err = done.stderr.decode()
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1))
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", err).group(1)
    seconds = 0.0
    for part in clock.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds, peak, done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    parser.add_argument("--typhon", default=os.path.join(target, "release", "typhon"))
    args = parser.parse_args()
    print(f"{'program':<28} {'typhon s':>9} {'python s':>9} {'speed':>6} {'typhon MiB':>11} {'python MiB':>11} {'mem':>5}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, argv in PROGRAMS:
            program = os.path.join(ROOT, "bench", name + ".py")
            exe = os.path.join(tmp, name)
            if not os.path.exists(exe):
                subprocess.run([args.typhon, "build", program, "-o", exe], check=True)
            ours = measure([exe, *argv])
            theirs = measure([sys.executable, program, *argv])
            if ours[2] != theirs[2]:
                sys.exit(f"{name}: output differs from CPython")
            label = " ".join([name, *argv])
            print(
                f"{label:<28} {ours[0]:>9.2f} {theirs[0]:>9.2f} {theirs[0] / ours[0]:>5.1f}x"
                f" {ours[1] / 1024:>11.1f} {theirs[1] / 1024:>11.1f} {ours[1] / theirs[1]:>5.2f}"
            )


if __name__ == "__main__":
    main()
