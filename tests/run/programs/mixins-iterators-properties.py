# Cooperative mixins through super(), properties with deleters (del obj.attr), iterator classes, old-style __getitem__ iteration, str.format field access
class LogMixin:
    def __init__(self, *args, **kwargs):
        self.log = []
        super().__init__(*args, **kwargs)
    def record(self, msg):
        self.log.append(f"[{type(self).__name__}] {msg}")

class JsonMixin:
    def to_json(self):
        parts = []
        for k, v in sorted(self.__dict__.items()):
            if k.startswith("_") or k == "log":
                continue
            parts.append(f'"{k}": {v!r}'.replace("'", '"'))
        return "{" + ", ".join(parts) + "}"

class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r}, area={self.area():.2f})"

class Rect(LogMixin, JsonMixin, Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self._w, self._h = w, h
        self.record(f"created {w}x{h}")
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, value):
        self.record(f"w {self._w}->{value}")
        self._w = value
    @w.deleter
    def w(self):
        self.record("w deleted")
        self._w = 0
    def area(self):
        return self._w * self._h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, name="square")

r = Rect(2, 3.5)
r.w = 4
del r.w
r.w = 1.5
print(r, r.log, r.to_json())
sq = Square(3)
print(sq, Square.__mro__[1].__name__, [c.__name__ for c in Square.__mro__], sq.log)
try:
    repr(Shape("blob"))
except NotImplementedError as e:
    print("NotImplementedError:", e)

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

class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in ["A", "K", "Q"]]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        return c.upper() in self.cards

print(list(Countdown(4)), [x * 2 for x in Countdown(3)], sum(Countdown(10)))
d = Deck()
print(len(d), d[0], d[-1], d[1:3], "qh" in d, "JS" in d, list(d)[:2], sorted(d)[:3])
for i, card in enumerate(d, start=1):
    if i > 2:
        break
    print(i, card)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print("{0.name} has {1[0]} and {1[1]!r}; {k[x]:>4}|{0.w:08.3f}".format(r, ["a", "b"], k={"x": 7}))
print("{:,} {:_b} {!r:>6}".format(10**7, 10, "ab"))
