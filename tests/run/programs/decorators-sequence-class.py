# Class-based decorators with __call__, memoizing closures, class decorators, a sequence class with slices, __reversed__, __index__, classmethods via instances
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
        self.__name__ = func.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def add(a, b=0):
    return a + b
print(add(1, 2), add(5), add(b=3, a=1), add.calls, add.__name__)

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), len(paths.cache))

registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return type(self)(self.items[idx])
        return self.items[idx]
    def __setitem__(self, idx, v):
        self.items[idx] = v
    def __len__(self):
        return len(self.items)
    def __reversed__(self):
        return type(self)(self.items[::-1])
    def __iter__(self):
        return iter(self.items)
    def __repr__(self):
        return f"{type(self).__name__}({self.items})"
    def __eq__(self, other):
        return type(self) is type(other) and self.items == other.items
    def __add__(self, other):
        return type(self)(self.items + list(other))
    def __mul__(self, n):
        return type(self)(self.items * n)
    __rmul__ = __mul__
    def __contains__(self, x):
        return x in self.items

@register
class Stack(Seq):
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i

s = Seq(range(6))
print(s[1:4], s[::2], s[-1], s[Idx(2)], reversed(s), list(reversed(s)), len(s), 3 in s, s + [9], 2 * Seq([1]), s == Seq(range(6)))
s[0] = 100
print(s, s[Idx(0)], [10, 20, 30][Idx(1)], "abc"[Idx(2)])
st = Stack([]).push(1).push(2)
print(st, st.pop(), st.pop(), registry, Stack.registered, isinstance(st, Seq), st[0:0])
try:
    st.pop()
except IndexError as e:
    print("IndexError:", e)
print(callable(add), callable(s), getattr(s, "missing", "dflt"), type(st).__name__, st.__class__ is Stack, isinstance(Stack, type))
class Temp:
    scale = "C"
    @classmethod
    def set_scale(cls, s):
        cls.scale = s
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
t = Temp()
t.set_scale("F")
print(Temp.scale, t.c_to_f(100), Temp.c_to_f(-40), t.scale)
