# argparse sub-commands: add_subparsers with dest, required, aliases, help listing, set_defaults(func=...), unknown command errors, BooleanOptionalAction
import argparse
import io
import sys


def cmd_add(ns):
    return ns.x + ns.y


def cmd_list(ns):
    return "all" if ns.all else "some"


p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("--verbose", "-v", action="count", default=0)
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use color")
sub = p.add_subparsers(dest="cmd", help="sub-command help")
a = sub.add_parser("add", help="add two numbers", aliases=["plus"])
a.add_argument("x", type=int)
a.add_argument("y", type=int)
a.set_defaults(func=cmd_add)
l = sub.add_parser("list", help="list things")
l.add_argument("--all", action="store_true")
l.set_defaults(func=cmd_list)
sub.add_parser("quiet")

for argv in (["add", "1", "2"], ["-v", "list", "--all"], ["plus", "3", "4"], [], ["--no-color", "quiet"]):
    ns = p.parse_args(argv)
    print(ns.cmd, ns.verbose, ns.color, ns.func(ns) if hasattr(ns, "func") else None)

ns, rest = p.parse_known_args(["list", "--bogus", "x"])
print(ns.cmd, ns.all, rest)
print(p.format_usage(), end="")
print(p.format_help())
print(a.format_help())


def fails(parser, argv):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        text = sys.stderr.getvalue()
        sys.stderr = old
        print("exit", e.code, repr(text))
    else:
        sys.stderr = old


fails(p, ["nope"])
fails(p, ["add", "1"])
fails(p, ["add", "1", "x"])

q = argparse.ArgumentParser(prog="req")
qs = q.add_subparsers(dest="command", required=True, title="commands", description="pick one")
qs.add_parser("run", help="run it").add_argument("target", nargs="?", default="all")
qs.add_parser("stop")
print(q.parse_args(["run"]), q.parse_args(["run", "x"]), q.parse_args(["stop"]))
fails(q, [])
print(q.format_help())
r = argparse.ArgumentParser(prog="nodest")
rs = r.add_subparsers()
rs.add_parser("go")
print(r.parse_args(["go"]), r.parse_args([]))
fails(r, ["went"])
try:
    rs.add_parser("go")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
# a parser passed as parent and a sub-parser's own sub-commands
top = argparse.ArgumentParser(prog="git")
subs = top.add_subparsers(dest="cmd", metavar="COMMAND")
remote = subs.add_parser("remote", help="manage remotes")
rsubs = remote.add_subparsers(dest="action")
add = rsubs.add_parser("add")
add.add_argument("name")
add.add_argument("url")
rsubs.add_parser("show").add_argument("-n", action="store_true")
print(top.parse_args(["remote", "add", "origin", "http://x"]))
print(top.parse_args(["remote", "show", "-n"]))
print(top.format_help())
print(remote.format_usage(), end="")
fails(top, ["remote", "add", "origin"])
