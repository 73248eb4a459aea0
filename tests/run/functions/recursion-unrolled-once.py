# Small recursive functions whose recursive calls are replaced by a copy of
# their body (one level unrolled): results at both parities of depth, ints
# overflowing 63 bits, floats, lists, RecursionError at CPython's depth
# (just under and at the limit), and tracebacks through copied and real
# frames for exceptions raised at every depth.
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def wide(n, step):
    if n <= 0:
        return 0
    return step + wide(n - 1, step)


def power(x, n):
    if n == 0:
        return 1.0
    return x * power(x, n - 1)


def make(depth):
    if depth == 0:
        return [None, None]
    depth -= 1
    return [make(depth), make(depth)]


def boom(n, d):
    if n == 0:
        return 1 // d
    return boom(n - 1, d) + 1


def boom_second(n, d):
    if n <= 0:
        return 10 // d
    return boom_second(n - 1, 1) + boom_second(n - 2, d)


print([fib(n) for n in range(15)], fib(25))
print(fib(-5), fib(2**70 - 2**70 + 20))
print(down(0), down(1), down(2), down(37))
print(wide(5, 2**61), wide(7, -(2**62)), wide(3, 2**100), wide(4, True))
print(power(1.5, 0), power(1.5, 1), power(2.0, 11), power(-0.5, 7))
print(make(0), make(1), make(2))
t = make(6)
print(len(str(t)))

# RecursionError at the same depth as CPython: the deepest call that works.
for limit in (120, 121, 122):
    sys.setrecursionlimit(limit)
    ok = []
    for n in range(100, 125):
        try:
            down(n)
            ok.append(n)
        except RecursionError as e:
            print(limit, n, "RecursionError:", e)
            break
    print("deepest", ok[-1])
    for n in range(100, 125):
        try:
            wide(n, 2**62)
        except RecursionError:
            print("wide fails at", n)
            break
    for n in range(100, 125):
        try:
            power(1.0, n)
        except RecursionError:
            print("power fails at", n)
            break
try:
    down(-1)
except RecursionError as e:
    print("down(-1):", e)
sys.setrecursionlimit(1000)


def frames(f, *args):
    try:
        f(*args)
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, e, [(fr.name, fr.lineno) for fr in tb])


for n in range(5):
    frames(boom, n, 0)
for n in range(4):
    frames(boom_second, n, 0)
print(boom(3, 1), boom_second(4, 1))
