# A class inference does not type (its __init__ has a keyword-only
# parameter) calls a typed base's __init__ through super(): the base's
# method must see instances of that subclass too.


class Point:
    def __init__(self, x, y=2, z=3.5):
        self.x = x
        self.y = y
        self.z = z

    def total(self):
        return self.x + self.y + self.z


class Tagged(Point):
    def __init__(self, x, flag=True, *, label="t"):
        super().__init__(x, x * 2, float(x))
        self.flag = flag
        self.label = label


p = Point(1, z=4.5)
t = Tagged(3, flag=False)
print(p.x, p.y, p.z, p.total())
print(t.x, t.y, t.z, t.flag, t.label, t.total())
