# Checks sys.argv: the arguments after the program name, one per line of
# the .args file, including ones with spaces and an empty one. argv[0] is
# not printed: it names the executable, which differs from CPython's.
import sys
print(len(sys.argv))
args = sys.argv[1:]
print(args)
for idx, arg in enumerate(args):
    print(idx, repr(arg), len(arg))
if "--verbose" in sys.argv:
    print("verbose mode")
total = 0
for arg in args:
    if arg.startswith("n="):
        total += int(arg[2:])
print("total", total)
