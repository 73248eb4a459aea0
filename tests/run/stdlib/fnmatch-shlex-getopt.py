# fnmatch (wildcards, classes, ranges, negation), shlex.split/quote/join (quotes, escapes, comments, errors), getopt/gnu_getopt
import fnmatch
import getopt
import shlex

names = ["a.py", "b.PY", "setup.cfg", "x-1.txt", "[x].txt", "data01.csv", "data1.csv", "dir/sub.py", ".hidden"]
for pat in ["*.py", "*.[pP][yY]", "?.py", "data[0-9][0-9].csv", "data[!0]*.csv", "[[]x].txt", "[!a-c]*",
            "*", "*-[0-9].*", "[]x", "[z-a]*", "*/*.py", "*[", ".*"]:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch("File.TXT", "*.TXT"), fnmatch.fnmatchcase("File.TXT", "*.txt"), fnmatch.fnmatch("a\nb", "a*b"))

for line in ["ls -l 'my file' \"other file\" plain", 'echo "a \\"quoted\\" \\$x" \\n end', "a'b'c \"\" ''",
             "cmd # comment here", "x=1\ty=2\n z", "esc\\ aped 'no\\escape'"]:
    print(shlex.split(line), shlex.split(line, comments=True))
for bad in ["'unclosed", 'say "hi', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
for word in ["", "plain", "two words", "it's", "$HOME", "a@b%c+d=e:f,g./-h", "tab\there", "é"]:
    print(repr(shlex.quote(word)))
print(shlex.join(["echo", "hello world", "it's"]), shlex.split(shlex.join(["a b", "c'd"])))

args = ["-a", "-b", "val", "-cfoo", "--verbose", "--output=out.txt", "--level", "3", "file1", "-x", "file2"]
print(getopt.getopt(args, "ab:c:", ["verbose", "output=", "level="]))
print(getopt.gnu_getopt(args, "ab:c:x", ["verbose", "output=", "level="]))
print(getopt.getopt(["--verb", "--", "-a"], "a", ["verbose"]), getopt.getopt(["-", "x"], "a"))
for argv, short, longs in [(["-z"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["yes"]),
                           (["--out"], "", ["out="]), (["--verbose=1"], "", ["verbose"]),
                           (["--ve"], "", ["verbose", "version"])]:
    try:
        getopt.getopt(argv, short, longs)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "|", e.opt, e.msg)
print(getopt.error is getopt.GetoptError)
