# argparse: positional/optional arguments, types, defaults, store_true/count/
# append/choices/nargs, groups, mutually exclusive groups, help and usage text,
# and the error messages printed before exiting with status 2.
import argparse
import contextlib
import io


def build():
    parser = argparse.ArgumentParser(prog="logtool", description="Summarise log files and report the "
                                     "slowest requests seen in each of them, grouped by endpoint.",
                                     epilog="Report bugs to the issue tracker.")
    parser.add_argument("files", nargs="+", help="log files to read")
    parser.add_argument("-o", "--output", default="-", help="where to write the report (default: %(default)s)")
    parser.add_argument("-n", "--top", type=int, default=10, metavar="N", help="show the N slowest requests")
    parser.add_argument("--threshold", type=float, default=0.5, help="seconds above which a request is slow")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    parser.add_argument("--format", choices=["text", "json", "csv"], default="text", help="report format")
    parser.add_argument("--exclude", action="append", default=[], help="endpoint to skip; may be repeated")
    parser.add_argument("--no-color", dest="color", action="store_false", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    group = parser.add_argument_group("filtering", "Options that select which lines are read.")
    group.add_argument("--since", metavar="DATE", help="ignore lines before DATE")
    group.add_argument("--status", type=int, nargs=2, metavar=("LOW", "HIGH"), help="status code range")
    return parser


def run(parser, argv):
    out = io.StringIO()
    err = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = parser.parse_args(argv)
        print(result)
    except SystemExit as e:
        print("exit", e.code)
    if out.getvalue():
        print("stdout:", out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")


parser = build()
print(parser.format_usage(), end="")
print(parser.format_help())
for argv in [["a.log"], ["a.log", "b.log", "-n", "3", "-vv", "--format=json"],
             ["-q", "--top=5", "x.log", "--exclude", "/health", "--exclude=/metrics", "--threshold", "1.5"],
             ["--since", "2024-01-01", "--status", "200", "299", "f.log", "--no-color"],
             ["--out", "report.txt", "f.log"], ["-vqn7", "f"], ["--", "-weird-name.log"],
             [], ["-n", "x", "f"], ["--format", "xml", "f"], ["f", "--bogus"], ["f", "-n"],
             ["f", "--status", "1"], ["--version"], ["-h"], ["f", "--thr", "2"], ["f", "extra", "-q", "-x"]]:
    print("$", " ".join(argv))
    run(parser, argv)

p2 = argparse.ArgumentParser(prog="cp2", add_help=False)
p2.add_argument("src")
p2.add_argument("dst", nargs="?", default="out")
p2.add_argument("rest", nargs="*")
p2.add_argument("-r", action="store_true")
p2.add_argument("-x", type=int, default="7")
p2.add_argument("--mode", type=str.upper, choices=["FAST", "SAFE"])
print(p2.format_help())
for argv in [["a"], ["a", "b", "c", "d"], ["-r", "a", "-x", "-3"], ["a", "--mode", "fast"], ["a", "--mode", "x"]]:
    run(p2, argv)

p3 = argparse.ArgumentParser(prog="mx", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g = p3.add_mutually_exclusive_group(required=True)
g.add_argument("--json", action="store_true", help="JSON output")
g.add_argument("--yaml", action="store_true", help="YAML output")
p3.add_argument("--level", type=int, default=3, help="compression level")
p3.add_argument("--very-long-option-name-here", help="an option whose name is longer than the help column")
p3.add_argument("count", type=int, nargs="?", default=1, help="how many")
print(p3.format_help())
for argv in [["--json"], ["--json", "--yaml"], [], ["--yaml", "--level", "9", "4"]]:
    run(p3, argv)

ns = argparse.Namespace(b=2, a="x")
ns.c = [1]
print(ns, "a" in ns, ns == argparse.Namespace(a="x", b=2, c=[1]), vars(ns)["b"])
args, extra = p2.parse_known_args(["a", "--unknown", "-r"])
print(args, extra)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not a positive number" % text)
    return value


p4 = argparse.ArgumentParser(prog="pos", usage="%(prog)s [options] NUMBER", description="Check numbers.")
p4.add_argument("number", type=positive)
p4.add_argument("--ratio", type=float)
print(p4.format_help())
run(p4, ["-5"])
run(p4, ["0"])
run(p4, ["12", "--ratio", "abc"])
run(p4, ["12", "--ratio", "-0.5"])
long = argparse.ArgumentParser(prog="a-program-with-a-rather-long-name")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]:
    long.add_argument("--" + name, metavar=name.upper() + "_VALUE")
long.add_argument("input")
long.add_argument("outputs", nargs="*")
print(long.format_usage(), end="")
long.parse_args(["--alpha"])
