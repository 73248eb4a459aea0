# Special methods for containers: __len__, __getitem__/__setitem__/__delitem__, __contains__, __iter__/__next__, __getitem__-only iteration, __call__.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, value):
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]

    def __contains__(self, value):
        return value in self.cells.values()


g = Grid(3, 2)
g[0, 1] = "#"
g[2, 0] = "@"
print(len(g), g[0, 1], g[1, 1], "#" in g, "?" in g, bool(g))
del g[0, 1]
print(g[0, 1], "#" in g)
try:
    g[5, 5]
except IndexError as e:
    print(e)


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print(n, end=" ")
print()
print(list(Countdown(4)), sum(Countdown(5)), max(Countdown(2)))


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares())
for s in Squares():
    print(s, end=",")
print()


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield_value = i
            i += 1
            self.last = yield_value
        return iter(list(range(self.n)))


print(list(Range2(3)))


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=1):
        return self.k * x * y


triple = Multiplier(3)
print(triple(5), triple(2, y=10), callable(triple), callable(g))


class Empty:
    def __len__(self):
        return 0


print(bool(Empty()), "truthy" if Empty() else "falsy", len(Empty()))


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print(e)


class NotIter:
    def __iter__(self):
        return 5


try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
