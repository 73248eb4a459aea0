# Method and constructor calls with keyword arguments and defaults on known
# instances: keywords in every order, defaults filled, super().__init__ and
# Base.m(self, ...) with keywords, union receivers, and CPython's errors.


class Point:
    def __init__(self, x, y=2, z=3.5):
        self.x = x
        self.y = y
        self.z = z

    def move(self, dx, dy=0, scale=1.0):
        self.x = self.x + dx * scale
        self.y = self.y + dy * scale
        return self.x

    def describe(self, prefix="P", sep=":"):
        return prefix + sep + str(self.x) + sep + str(self.y)


class Tagged(Point):
    def __init__(self, x, flag=True, *, label="t"):
        super().__init__(x, z=float(x), y=x * 2)
        self.flag = flag
        self.label = label

    def move(self, dx, dy=5, scale=2.0):
        return Point.move(self, dx, scale=scale, dy=dy)

    def describe(self, prefix="T", sep="/"):
        return super().describe(sep=sep, prefix=prefix + self.label)


def keywords_in_every_order():
    p = Point(1, z=4.5)
    print(p.x, p.y, p.z)
    print(Point(x=7).z, Point(y=1, x=2).y, Point(z=0.5, y=9, x=3).z)
    print(p.move(2), p.move(1, scale=3.0), p.move(dy=1, dx=2))
    print(p.move(scale=0.5, dx=4, dy=2), p.move(1, 2, scale=1.5), p.move(1, 2, 3.0))
    print(p.describe(), p.describe(sep="-"), p.describe(sep="|", prefix="Q"))
    print(p.describe("R"), p.describe(prefix="S", sep="+"))


def subclass_defaults():
    t = Tagged(3, flag=False)
    print(t.x, t.y, t.z, t.flag, t.label)
    print(t.move(1), t.move(1, scale=1.0), t.move(dx=2))
    print(t.describe(), t.describe(sep="."), Tagged(1, label="L").describe(prefix="x"))
    for o in [Point(1), Tagged(2)]:
        print(o.move(1, dy=1), o.describe(sep="~"))


class Counter:
    def __init__(self, start=0, step=1):
        self.n = start
        self.step = step

    def bump(self, times=1, *, by=None):
        for _ in range(times):
            self.n += self.step if by is None else by
        return self.n


def keyword_only_and_none():
    c = Counter(step=2)
    print(c.bump(), c.bump(3), c.bump(by=10), c.bump(times=2, by=-1), c.bump(by=0, times=4))
    print(Counter(5).bump(), Counter(start=5, step=3).bump(2))


def errors():
    p = Point(1)
    attempts = [
        lambda: p.move(1, dx=2),
        lambda: p.move(dy=1),
        lambda: p.move(1, 2, 3, 4),
        lambda: p.move(1, speed=2),
        lambda: Point(1, x=2),
        lambda: Point(w=1),
        lambda: Point(),
        lambda: Tagged(1, 2, 3),
        lambda: Tagged(1, label="a", lable="b"),
        lambda: p.describe(self=p),
    ]
    for attempt in attempts:
        try:
            attempt()
        except TypeError as e:
            print("TypeError:", e)


keywords_in_every_order()
subclass_defaults()
keyword_only_and_none()
errors()
