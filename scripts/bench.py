#!/usr/bin/env python3
"""Time every program of bench/ compiled by typhon against CPython and PyPy.

Usage: python3 scripts/bench.py [--runs N] [--small | --sizes FILE] [--no-build]
                                [--typhon PATH] [--write FILE | --no-write]
                                [bench/NAME.py ...]

Builds typhon (`cargo build --release -p typhon`, unless --no-build or
--typhon), compiles each program of bench/ (hello.py excepted: it is the
start-up row) and checks that the executable prints exactly what
`python3 program.py` prints, with the same exit status, before timing
anything. A program typhon rejects, or whose executable fails or prints
something else, is reported as failing with the first line of the error,
and the run goes on.

The executable, `python3 program.py` and, when `pypy3` is installed,
`pypy3 program.py` then run alternately, --runs times each, so machine
noise hits all of them alike; the table gives each one's median
wall-clock time, the speed-ups (CPython / typhon and PyPy / typhon: above 1
means typhon is faster), the peak resident memory of typhon's executable
and of CPython (the largest over the runs, which run under /usr/bin/time
when it is installed), the compile time and the executable's size, then the geometric mean of the speed-ups
over the passing programs.
A benchmark that reads standard input declares it with a generator,
`bench/inputs/<name>.py`: the runner runs `python3 bench/inputs/<name>.py
ARGS` once (ARGS: the program's arguments at the chosen size), keeps what
it prints in a temporary file and feeds that file to every run of the
program, typhon's, CPython's and PyPy's alike (the program gets the same
ARGS). With --small the input is the run test's `tests/run/bench/<name>.in`
instead. Other programs run with an empty stdin.

Last come hello world's executable sizes (dynamic and --static, stripped)
and start-up times next to /bin/true, `python3 -c pass` and `pypy3 -c pass`.

The report is printed and written to docs/benchmarks.md between the
`<!-- bench-table -->` markers (--write FILE elsewhere, --no-write not at
all). --small runs each program at its test size (tests/run/bench/NAME.args)
to check the runner quickly; its numbers mean little. --sizes FILE takes
each program's arguments from FILE (lines `name args...`; `#` comments),
such as bench/reduced.sizes; a program it does not name runs at its
default size.
"""

import argparse
import datetime
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
TEST_ARGS = os.path.join(ROOT, "tests", "run", "bench")
INPUTS = os.path.join(BENCH, "inputs")
DOC = os.path.join(ROOT, "docs", "benchmarks.md")
BEGIN = "<!-- bench-table: begin (written by scripts/bench.py) -->"
END = "<!-- bench-table: end -->"
TIMEOUT = 600
GNU_TIME = "/usr/bin/time"


class Failure(Exception):
    """A benchmark that cannot be timed; the message is one line saying why."""


def run_timed(cmd, capture=False, report=None, stdin=None):
    """Run `cmd`; return (seconds, exit status, stdout, stderr).

    `stdin` is the path of a file to read standard input from (empty
    without one).

    With `report` (a file path) and /usr/bin/time present, the command runs
    under `/usr/bin/time -f %M -o report`, which writes its peak resident
    memory there; the wrapper costs about a millisecond of start-up.
    """
    if report and os.access(GNU_TIME, os.X_OK):
        cmd = [GNU_TIME, "-f", "%M", "-o", report, *cmd]
    out = subprocess.PIPE if capture else subprocess.DEVNULL
    # No `timeout=` on the wait: with one, Python polls the child every
    # 50 ms, which rounds short runs up to the next 50 ms. A timer kills a
    # run that takes too long instead.
    source = open(stdin, "rb") if stdin else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=source, stdout=out, stderr=out)
    killer = threading.Timer(TIMEOUT, proc.kill)
    killer.start()
    try:
        stdout, stderr = proc.communicate()
    finally:
        killer.cancel()
        if stdin:
            source.close()
    seconds = time.perf_counter() - start
    if seconds >= TIMEOUT:
        raise Failure(f"timed out after {TIMEOUT} s")
    return seconds, proc.returncode, stdout or b"", stderr or b""


def read_peak(report):
    """The KiB /usr/bin/time wrote to `report`, or None.

    Not from this process's own wait4(): Linux folds the RSS of the process
    that forked into the child's maximum, and this one is a Python
    interpreter larger than many of the programs measured.
    """
    try:
        with open(report, encoding="utf-8") as text:
            return int(text.read().split()[-1])
    except (OSError, ValueError, IndexError):
        return None


def first_line(data, last=False):
    lines = [line.strip() for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    if not lines:
        return ""
    return lines[-1] if last else lines[0]


def first_difference(expected, actual):
    exp = expected.decode("utf-8", "replace").splitlines()
    act = actual.decode("utf-8", "replace").splitlines()
    for number, (a, b) in enumerate(zip(exp, act), 1):
        if a != b:
            return f"line {number}: expected {a[:40]!r}, got {b[:40]!r}"
    return f"expected {len(exp)} lines, got {len(act)}"


class Row:
    def __init__(self, name, args):
        self.name = name
        self.args = args
        self.stdin = None  # path of the file fed to standard input
        self.error = None
        self.compile_s = None
        self.size = None
        self.times = {}  # implementation -> median seconds
        self.peaks = {}  # implementation -> KiB
        self.pypy_note = None


def compile_program(typhon, program, exe, extra=()):
    start = time.perf_counter()
    done = subprocess.run([typhon, "build", program, "-o", exe, *extra], capture_output=True, timeout=TIMEOUT)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise Failure("compile error: " + (first_line(done.stderr) or first_line(done.stdout)))
    return seconds


def reference(cmd, stdin=None):
    _, code, stdout, stderr = run_timed(cmd, capture=True, stdin=stdin)
    return code, stdout, stderr


def prepare_input(row, tmp, python, small):
    """Set `row.stdin` when the program declares a generator in bench/inputs."""
    generator = os.path.join(INPUTS, row.name + ".py")
    if not os.path.isfile(generator):
        return
    test_input = os.path.join(TEST_ARGS, row.name + ".in")
    if small and os.path.isfile(test_input):
        row.stdin = test_input
        return
    row.stdin = os.path.join(tmp, row.name + ".in")
    with open(row.stdin, "wb") as sink:
        done = subprocess.run([python, generator, *row.args], stdout=sink, stderr=subprocess.PIPE, timeout=TIMEOUT)
    if done.returncode != 0:
        raise Failure("input generator failed: " + first_line(done.stderr, last=True))


def check_same(ours, theirs, who):
    code, stdout, stderr = ours
    if (code, stdout) == theirs[:2]:
        return None
    if code < 0:
        return f"{who} killed by signal {-code} ({signal.Signals(-code).name})"
    if code != theirs[0]:
        detail = first_line(stderr, last=True) or "no message"
        return f"{who} exit status {code} (CPython {theirs[0]}): {detail}"
    return f"{who} output differs from CPython: {first_difference(theirs[1], stdout)}"


def bench_program(row, program, tmp, typhon, python, pypy, runs, small=False):
    exe = os.path.join(tmp, row.name)
    row.compile_s = compile_program(typhon, program, exe)
    row.size = os.path.getsize(exe)
    prepare_input(row, tmp, python, small)
    theirs = reference([python, program, *row.args], row.stdin)
    if theirs[0] != 0:
        raise Failure(f"CPython itself fails: {first_line(theirs[2], last=True)}")
    problem = check_same(reference([exe, *row.args], row.stdin), theirs, "typhon")
    if problem:
        raise Failure(problem)
    impls = [("typhon", [exe, *row.args]), ("cpython", [python, program, *row.args])]
    if pypy:
        problem = check_same(reference([pypy, program, *row.args], row.stdin), theirs, "PyPy")
        if problem:
            row.pypy_note = problem
        else:
            impls.append(("pypy", [pypy, program, *row.args]))
    samples = {name: [] for name, _ in impls}
    report = os.path.join(tmp, "time-report")
    for _ in range(runs):
        for name, cmd in impls:
            seconds, code, _, _ = run_timed(cmd, report=report, stdin=row.stdin)
            if code != 0:
                raise Failure(f"{name} exit status {code} in a timed run")
            samples[name].append(seconds)
            peak = read_peak(report)
            if peak is not None:
                row.peaks[name] = max(row.peaks.get(name, 0), peak)
    row.times = {name: statistics.median(values) for name, values in samples.items()}


def startup_report(tmp, typhon, python, pypy, runs):
    """Hello world's sizes (dynamic, --static; stripped) and start-up medians."""
    hello = os.path.join(BENCH, "hello.py")
    lines = []
    exes = {}
    for label, extra in (("dynamic", ()), ("static", ("--static",))):
        exe = os.path.join(tmp, f"hello-{label}")
        try:
            compile_program(typhon, hello, exe, extra)
        except Failure as err:
            lines.append(f"| hello world, {label} | build fails: {err} | |")
            continue
        stripped = exe + ".stripped"
        strip = shutil.which("strip")
        if strip:
            subprocess.run([strip, "-o", stripped, exe], check=True)
        else:
            shutil.copy(exe, stripped)
        exes[label] = exe
        lines.append(f"| hello world, {label} | executable {os.path.getsize(stripped) / 1024:.0f} KiB stripped | |")
    cmds = [(f"typhon hello world ({label})", [exe]) for label, exe in exes.items()]
    cmds.append(("`/bin/true`", ["/bin/true"]))
    cmds.append(("`python3 -c pass`", [python, "-c", "pass"]))
    if pypy:
        cmds.append(("`pypy3 -c pass`", [pypy, "-c", "pass"]))
    samples = {label: [] for label, _ in cmds}
    for _ in range(runs):
        for label, cmd in cmds:
            samples[label].append(run_timed(cmd)[0])
    report = os.path.join(tmp, "time-report")
    for label, cmd in cmds:
        ms = statistics.median(samples[label]) * 1000
        run_timed(cmd, report=report)
        lines.append(f"| start-up: {label} | {ms:.2f} ms | {mib(read_peak(report))} MiB |")
    return lines


def mib(kib):
    return "n/a" if kib is None else f"{kib / 1024:.1f}"


def fmt(value, spec, suffix=""):
    return "" if value is None else f"{value:{spec}}{suffix}"


def table(rows, pypy):
    head = ["benchmark", "size", "typhon s", "CPython s"]
    if pypy:
        head += ["PyPy s"]
    head += ["vs CPython"]
    if pypy:
        head += ["vs PyPy"]
    head += ["typhon MiB", "CPython MiB", "compile s", "exe KiB"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [row.name, " ".join(row.args) or "default"]
        if row.error:
            cells.append(f"**fails**: {row.error}")
            cells += [""] * (len(head) - len(cells) - 2)
            cells += [fmt(row.compile_s, ".2f"), fmt(row.size and row.size / 1024, ".0f")]
        else:
            t = row.times
            cells += [f"{t['typhon']:.3f}", f"{t['cpython']:.3f}"]
            if pypy:
                cells.append(f"{t['pypy']:.3f}" if "pypy" in t else "n/a")
            cells.append(f"{t['cpython'] / t['typhon']:.2f}x")
            if pypy:
                cells.append(f"{t['pypy'] / t['typhon']:.2f}x" if "pypy" in t else "n/a")
            cells += [
                mib(row.peaks.get("typhon")),
                mib(row.peaks.get("cpython")),
                f"{row.compile_s:.2f}",
                f"{row.size / 1024:.0f}",
            ]
        out.append("| " + " | ".join(cells) + " |")
    return out


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def summary(rows, pypy):
    passing = [row for row in rows if not row.error]
    lines = []
    if passing:
        gm = geometric_mean([row.times["cpython"] / row.times["typhon"] for row in passing])
        lines.append(
            f"Geometric mean of the speed-up over CPython: **{gm:.2f}x**, over the {len(passing)} passing"
            f" benchmarks of {len(rows)}."
        )
        with_pypy = [row for row in passing if "pypy" in row.times]
        if pypy and with_pypy:
            gm = geometric_mean([row.times["pypy"] / row.times["typhon"] for row in with_pypy])
            lines.append(f"Geometric mean of the speed-up over PyPy: **{gm:.2f}x**, over {len(with_pypy)} benchmarks.")
    else:
        lines.append(f"No benchmark passes ({len(rows)} tried).")
    notes = [f"- {row.name}: PyPy not timed ({row.pypy_note})" for row in passing if row.pypy_note]
    if notes:
        lines += [""] + notes
    return lines


def versions(python, pypy):
    def ask(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
        except OSError:
            return "?"

    cpu = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    commit = ask(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]) or "?"
    parts = [
        f"typhon at commit {commit}",
        ask([python, "-c", "import sys; print('CPython', sys.version.split()[0])"]),
    ]
    if pypy:
        parts.append(ask([pypy, "-c", "import sys; print('PyPy', sys.version.split()[0], sys.pypy_version_info[:3])"]))
    else:
        parts.append("PyPy not installed (`bash scripts/bench-deps.sh` installs it)")
    parts.append(f"{platform.machine()}, {os.cpu_count()} cores ({cpu})")
    return ", ".join(parts)


def write_doc(path, text):
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmarks\n"
    if BEGIN in old and END in old:
        before, rest = old.split(BEGIN, 1)
        after = rest.split(END, 1)[1]
    else:
        before, after = old.rstrip("\n") + "\n\n", "\n"
    with open(path, "w", encoding="utf-8") as doc:
        doc.write(before + BEGIN + "\n" + text + END + after)


def read_sizes(args):
    """Program name -> its arguments, from --small or --sizes."""
    sizes = {}
    if args.small:
        for name in os.listdir(TEST_ARGS):
            if name.endswith(".args"):
                with open(os.path.join(TEST_ARGS, name), encoding="utf-8") as text:
                    sizes[name[: -len(".args")]] = text.read().split()
    if args.sizes:
        with open(args.sizes, encoding="utf-8") as text:
            for line in text:
                words = line.split("#", 1)[0].split()
                if words:
                    sizes[words[0]] = words[1:]
    return sizes


def find_typhon(args):
    if args.typhon:
        return args.typhon
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "-p", "typhon"], cwd=ROOT, check=True)
    typhon = os.path.join(target, "release", "typhon")
    if not os.path.exists(typhon):
        sys.exit(f"bench: no typhon at {typhon}; build it (cargo build --release -p typhon) or pass --typhon")
    return typhon


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each implementation (default 3)")
    parser.add_argument("--typhon", help="the typhon binary (default: build the release one)")
    parser.add_argument("--no-build", action="store_true", help="use the release binary as it is")
    parser.add_argument("--small", action="store_true", help="the test sizes, to check the runner")
    parser.add_argument("--sizes", help="a file of `name args...` lines giving the programs' sizes")
    parser.add_argument("--write", default=DOC, help="the Markdown file to update (default docs/benchmarks.md)")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    typhon = find_typhon(args)
    programs = args.programs or sorted(
        os.path.join(BENCH, name) for name in os.listdir(BENCH) if name.endswith(".py") and name != "hello.py"
    )
    python = shutil.which("python3") or sys.executable
    pypy = shutil.which("pypy3")
    sizes = read_sizes(args)
    rows = []
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        for program in programs:
            name = os.path.splitext(os.path.basename(program))[0]
            row = Row(name, sizes.get(name, []))
            try:
                bench_program(row, os.path.abspath(program), tmp, typhon, python, pypy, args.runs, args.small)
            except (Failure, subprocess.TimeoutExpired) as err:
                row.error = str(err).replace("|", "\\|")
            rows.append(row)
            status = row.error or "  ".join(f"{k} {v:.3f}s" for k, v in row.times.items())
            print(f"{name}: {status}", file=sys.stderr, flush=True)
        startup = startup_report(tmp, typhon, python, pypy, max(20, args.runs * 4))
    elapsed = time.time() - started
    text = "\n".join(
        [
            f"Measured {datetime.date.today().isoformat()} with `python3 scripts/bench.py`"
            + (" --small" if args.small else "")
            + (f" --sizes {os.path.relpath(args.sizes, ROOT)}" if args.sizes else "")
            + f" ({args.runs} alternating runs each, medians; {elapsed / 60:.0f} min in all):",
            versions(python, pypy) + ".",
            "",
            *table(rows, pypy),
            "",
            *summary(rows, pypy),
            "",
            "| hello world | | peak memory |",
            "|---|---|---|",
            *startup,
            "",
        ]
    )
    print(text)
    if not args.no_write:
        write_doc(args.write, text)


if __name__ == "__main__":
    main()
