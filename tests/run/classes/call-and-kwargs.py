# Calling instances and methods with keyword, *args and **kwargs arguments; __init__ with defaults and keyword-only parameters.
class Recorder:
    def __init__(self, name, *tags, level=1, **extra):
        self.name = name
        self.tags = tags
        self.level = level
        self.extra = extra

    def __call__(self, *args, **kwargs):
        return (self.name, args, sorted(kwargs.items()))

    def describe(self, prefix="", *, upper=False):
        text = f"{prefix}{self.name} {self.tags} level={self.level} {self.extra}"
        return text.upper() if upper else text


r = Recorder("rec", "a", "b", level=3, color="red")
print(r.describe(), r.describe("> ", upper=True))
print(r(1, 2, x=3), r(), r(*[1, 2], **{"k": "v"}))
args = ("solo",)
print(Recorder(*args).describe(prefix="* "))
try:
    r.describe(upper=True, prefix="x", bad=1)
except TypeError as e:
    print(e)
try:
    Recorder()
except TypeError as e:
    print(e)
method = r.describe
print(method(upper=True))


class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


print(Point(), Point(1), Point(y=2), Point(**{"x": 5, "y": 6}))
points = [Point(i, i * i) for i in range(3)]
print(points, sorted(points, key=lambda p: -p.y))
