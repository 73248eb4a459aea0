# for line in sys.stdin: iterating over the input lines, then readlines at the end.
import sys
n = 0
for line in sys.stdin:
    n += 1
    print(n, repr(line))
print(sys.stdin.readlines())
