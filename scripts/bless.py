#!/usr/bin/env python3
"""Regenerate the CPython expectations of typhon's run and traceback tests.

Usage: python3 scripts/bless.py [paths...]

With no paths, every program under tests/run and tests/traceback is blessed;
a path may name a program (`tests/run/int/int-big.py`), a multi-module
program's folder (`tests/run/modules/import-basic`) or any folder holding
programs (`tests/run/int`).
The benchmarks `bench/<name>.py` are run tests too, with their expectations
and their small size (`<name>.args`) in tests/run/bench; name them by the
program (`bench/nbody.py`), the folder `bench` or `tests/run/bench`.

CPython 3.11 is the oracle.
Each program runs twice, with PYTHONHASHSEED=0 and 1, and a program whose
output differs between the two runs is refused: its expectations would
depend on string hash order, which typhon does not promise to reproduce.

Run tests get `<name>.out` (stdout bytes), `<name>.code` (exit status) and,
when stderr is not empty, `<name>.err` (its last line).
Traceback tests get `<name>.stderr`: the whole stderr with the test folder
replaced by `$DIR` and 3.11's `~~~^^^` marker lines dropped, since typhon
prints no markers (see docs/unsupported.md).

Only the standard library is used, so this runs anywhere python3 does.
"""

import os
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUN_DIR = REPO / "tests" / "run"
TRACEBACK_DIR = REPO / "tests" / "traceback"
BENCH_DIR = REPO / "bench"
BENCH_EXPECT_DIR = RUN_DIR / "bench"
PYTHON = os.environ.get("TYPHON_PYTHON", "python3")
HASH_SEEDS = ("0", "1")
TIMEOUT_SECONDS = 60
RUN_EXPECTATIONS = (".out", ".code", ".err")


class BlessError(Exception):
    """A program that cannot be blessed; the message says why."""


class Program:
    """One test program: its main file, where it runs, and its expectation stem."""

    def __init__(self, main, stem, kind):
        self.main = main  # the .py file CPython runs
        self.stem = stem  # expectation files are stem + suffix
        self.kind = kind  # "run" or "traceback"

    @property
    def cwd(self):
        return self.main.parent

    def display(self):
        if self.main.name == "main.py" and self.kind == "run":
            return str(self.main.parent.relative_to(REPO))
        return str(self.main.relative_to(REPO))


def main(argv):
    check_python()
    try:
        programs = select_programs(argv)
    except BlessError as err:
        print(f"bless: {err}", file=sys.stderr)
        return 2
    changed = 0
    failed = []
    for program in programs:
        try:
            changed += bless(program)
        except BlessError as err:
            failed.append(program)
            print(f"error: {program.display()}: {err}", file=sys.stderr)
    print(f"blessed {len(programs) - len(failed)} programs, {changed} files changed")
    if failed:
        print(f"{len(failed)} programs refused:", file=sys.stderr)
        for program in failed:
            print(f"  {program.display()}", file=sys.stderr)
        return 1
    return 0


def check_python():
    """Refuse to bless with anything but CPython 3.11: it defines the expected output."""
    try:
        out = subprocess.run(
            [PYTHON, "-c", "import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError) as err:
        sys.exit(f"bless: cannot run {PYTHON}: {err}")
    if out != ["CPython", "3", "11"]:
        sys.exit(f"bless: {PYTHON} is {' '.join(out)}; the expectations must come from CPython 3.11")


def select_programs(argv):
    roots = [Path(arg).resolve() for arg in argv]
    if not roots:
        roots = [root for root in (RUN_DIR, TRACEBACK_DIR) if root.is_dir()]
    programs = {}
    for root in roots:
        if not root.exists():
            raise BlessError(f"no such file or folder: {root}")
        found = find_programs(root)
        if not found:
            raise BlessError(f"no test program at {root}")
        for program in found:
            programs[program.main] = program
    return [programs[key] for key in sorted(programs)]


def find_programs(path):
    """Programs at or below `path`; a folder with a main.py is one program."""
    if is_under(path, BENCH_DIR) or is_under(path, BENCH_EXPECT_DIR):
        return bench_programs(path)
    if is_under(path, TRACEBACK_DIR):
        if path.is_file():
            return [Program(path, path.with_suffix(""), "traceback")] if path.suffix == ".py" else []
        return [Program(p, p.with_suffix(""), "traceback") for p in sorted(path.glob("*.py"))]
    if not is_under(path, RUN_DIR):
        raise BlessError(f"{path} is not under tests/run or tests/traceback")
    if path.is_file():
        if path.suffix != ".py":
            return []
        if path.name == "main.py" and path.parent != RUN_DIR and not is_module_of_program(path.parent):
            return [Program(path, path.parent, "run")]
        if is_module_of_program(path):
            raise BlessError(f"{path} is a module of a multi-module program; bless its folder")
        return [Program(path, path.with_suffix(""), "run")]
    if (path / "main.py").is_file() and path != RUN_DIR:
        return [Program(path / "main.py", path, "run")]
    res = []
    for child in sorted(path.iterdir()):
        if child.is_dir() and child.name != "__pycache__":
            res.extend(find_programs(child))
        elif child.suffix == ".py":
            res.extend(find_programs(child))
    return res


def bench_programs(path):
    """The benchmarks `path` names: run from bench/, expectations in tests/run/bench."""
    if path.is_dir():
        mains = sorted(BENCH_DIR.glob("*.py"))
    else:
        mains = [BENCH_DIR / (path.name.split(".")[0] + ".py")]
        if not mains[0].is_file():
            raise BlessError(f"{path} names no benchmark in bench/")
    BENCH_EXPECT_DIR.mkdir(exist_ok=True)
    return [Program(main, BENCH_EXPECT_DIR / main.stem, "run") for main in mains]


def is_module_of_program(path):
    """True when `path` lies inside a multi-module program's folder."""
    for parent in path.parents:
        if parent == RUN_DIR or not is_under(parent, RUN_DIR):
            return False
        if (parent / "main.py").is_file():
            return True
    return False


def is_under(path, root):
    return path == root or root in path.parents


def bless(program):
    """Run the program under both hash seeds and write its expectation files; return how many changed."""
    runs = [run(program, seed) for seed in HASH_SEEDS]
    first, second = runs
    if program.kind == "run":
        if (first.stdout, first.code, last_line(first.stderr)) != (second.stdout, second.code, last_line(second.stderr)):
            raise BlessError("output depends on PYTHONHASHSEED (" + describe_difference(first, second) + ")")
        return write_run_expectations(program, first)
    stderr = normalise_traceback(first.stderr, program.cwd)
    if stderr != normalise_traceback(second.stderr, program.cwd):
        raise BlessError("stderr depends on PYTHONHASHSEED")
    if not stderr:
        raise BlessError("a traceback test must end with an uncaught exception, but stderr is empty")
    return update(program.stem.with_suffix(".stderr"), stderr)


class Result:
    def __init__(self, stdout, stderr, code):
        self.stdout = stdout
        self.stderr = stderr
        self.code = code


def _default_sigint():
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run(program, seed):
    stem = program.stem
    stdin_path = stem.with_suffix(".in")
    stdin = stdin_path.read_bytes() if stdin_path.is_file() else b""
    args_path = stem.with_suffix(".args")
    args = args_path.read_text(encoding="utf-8").splitlines() if args_path.is_file() else []
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(PYTHONHASHSEED=seed, PYTHONDONTWRITEBYTECODE="1", PYTHONUTF8="1")
    # The main file is passed as an absolute path, as the run harness passes
    # it to typhon, so paths in tracebacks agree once normalised.
    try:
        done = subprocess.run(
            [PYTHON, str(program.main), *args],
            input=stdin,
            capture_output=True,
            cwd=program.cwd,
            env=env,
            timeout=TIMEOUT_SECONDS,
            # Started in the background (`cmd &`), this script inherits
            # SIGINT ignored, which CPython would report; the run harness
            # gives the compiled programs the default too.
            preexec_fn=_default_sigint,
        )
    except subprocess.TimeoutExpired:
        raise BlessError(f"did not finish within {TIMEOUT_SECONDS} seconds") from None
    if done.returncode < 0:
        raise BlessError(f"CPython was killed by signal {-done.returncode}")
    return Result(done.stdout, done.stderr, done.returncode)


def last_line(stderr):
    lines = stderr.splitlines()
    return lines[-1] if lines else None


def describe_difference(first, second):
    if first.stdout != second.stdout:
        return "stdout differs"
    if first.code != second.code:
        return f"exit status {first.code} vs {second.code}"
    return "last stderr line differs"


def write_run_expectations(program, result):
    stem = program.stem
    changed = update(stem.with_suffix(".out"), result.stdout)
    changed += update(stem.with_suffix(".code"), f"{result.code}\n".encode())
    err_path = stem.with_suffix(".err")
    line = last_line(result.stderr)
    if line is not None:
        changed += update(err_path, line + b"\n")
    elif err_path.exists():
        err_path.unlink()
        print(f"deleted {err_path.relative_to(REPO)}")
        changed += 1
    return changed


def normalise_traceback(stderr, folder):
    text = stderr.decode("utf-8", errors="replace").replace(str(folder), "$DIR")
    kept = [line for line in text.splitlines(keepends=True) if not is_marker_line(line)]
    return "".join(kept).encode()


def is_marker_line(line):
    """3.11's position markers: a line of only spaces, `~` and `^`, after the
    `|` margin inside an exception group's box."""
    body = line.rstrip("\n").lstrip(" ")
    if body.startswith("|"):
        body = body[1:]
    return body.strip() != "" and set(body) <= {" ", "~", "^"}


def update(path, content):
    """Write `content` to `path` unless it is already there; return 1 when the file changed."""
    if path.is_file() and path.read_bytes() == content:
        return 0
    verb = "updated" if path.exists() else "created"
    path.write_bytes(content)
    print(f"{verb} {path.relative_to(REPO)}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
