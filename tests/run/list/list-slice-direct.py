# Checks slicing and slice assignment (called without building a slice
# object): steps, negative and omitted bounds, clamping, assignment from
# lists, tuples, iterators and the list itself, extended-slice errors,
# __index__ bounds, and other types and subclasses receiving a real slice.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[::-1], a[::2], a[1::3], a[-3:], a[:-7])
print(a[8:2:-2], a[100:], a[-100:2], a[5:1], a[::-3], a[9::-1], a[3::-1])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
b = a[:]
b[2:5] = ["x"]
print(b)
b[:0] = (1, 2)
print(b)
b[len(b):] = iter([7, 8])
print(b)
b[1:3] = b
print(b)
c = [1, 2, 3, 4]
c[::2] = ["a", "b"]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
c[-1:] = []
print(c)
c[5:10] = [9]
print(c)
c[3:1] = ["m"]
print(c)
p = [0, 1, 2, 3, 4]
first = 3
p[: first + 1] = p[first::-1]
print(p)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(a[Index(2) : Index(4)], a[: Index(-2)], a[:: Index(-4)])
try:
    a["1":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.5:2] = []
except TypeError as e:
    print(type(e).__name__, e)
print(a[2**70 :], a[: -(2**70)], a[:: 2**70])


class Spy(list):
    def __getitem__(self, key):
        print("key", type(key).__name__, key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("set key", key, value)
        super().__setitem__(key, value)


s = Spy([1, 2, 3])
print(s[1:], s[::-1])
s[:1] = [0]
print(s)
print(type(Spy([1])[:]).__name__)
print("hello"[1:4], (1, 2, 3)[::-1], b"bytes"[:2], range(10)[2:8:3], "abc"[::-1])


class Custom:
    def __getitem__(self, key):
        return (key.start, key.stop, key.step)

    def __setitem__(self, key, value):
        print("custom set", key.start, key.stop, key.step, value)


print(Custom()[1:2], Custom()[::3], Custom()["a":])
Custom()[1:] = 2
big = list(range(100000))
print(len(big[::7]), big[::-9999], sum(big[50000:]))
big[10:99990] = []
print(big)
