# Classes made in a function with super(), __eq__ without __hash__, bound methods in dicts, container reprs, sorting with __lt__ only, memoization, class attributes through instances, exceptions in __init__
def make(tag):
    class Base:
        def hello(self):
            return f"base-{tag}"
    class Child(Base):
        def hello(self):
            return "child+" + super().hello()
    return Child

C1 = make("a")
C2 = make("b")
print(C1().hello(), C2().hello())
print(C1 is C2, C1.__name__, C1.__qualname__)

class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x
print(P(1) == P(1), P(1) != P(2))
try:
    s = {P(1)}
except TypeError as e:
    print("TypeError:", e)
print(P.__hash__)

class Q(P):
    def __hash__(self):
        return hash(self.x)
print(len({Q(1), Q(1), Q(2)}))

class Btn:
    def __init__(self, name):
        self.name = name
        self.clicks = 0
    def click(self):
        self.clicks += 1
        return f"{self.name} clicked {self.clicks}"
b = Btn("ok")
handlers = {"c": b.click, "d": Btn("x").click}
for k in "ccd":
    print(handlers[k]())
print(handlers["c"].__self__ is b, handlers["c"].__name__)

class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V<{self.n}>"
    def __lt__(self, o): return self.n < o.n
vs = [V(3), V(1), V(2)]
print(sorted(vs), vs, {1: V(1)}, (V(2),), {"a": [V(0)]})
print(max(vs), min(vs), sorted(vs, reverse=True))
try:
    print(V(1) > V(0), V(1) <= V(2))
except TypeError as e:
    print("TE", e)

memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(80), len(memo))

class Counter:
    total = 0
    items = []
c1, c2 = Counter(), Counter()
c1.total += 5
c1.items.append(1)
Counter.total = 10
print(c1.total, c2.total, Counter.total, c2.items, Counter.items is c1.items)
c1.total = Counter.total
print(c1.total)

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
shapes = [Sq(2), Shape()]
for s in shapes:
    try:
        print(isinstance(s, Shape), isinstance(s, Sq), s.area())
    except NotImplementedError as e:
        print("NIE", e)

class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v
try:
    Strict(-1)
except ValueError as e:
    print(e)
print(issubclass(Sq, Shape), issubclass(bool, int), type(Sq(1)).__mro__)
