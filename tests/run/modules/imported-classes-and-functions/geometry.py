"""Classes and functions other modules import."""

SCALE = 2.5
ORIGIN_NAME = "origin"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    def __init__(self, center, r=1.0):
        self.center = center
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r * SCALE

    def moved(self, dx, dy=0.0):
        return Circle(Point(self.center.x + dx, self.center.y + dy), self.r)


def total_area(circles, *, weight=1.0):
    s = 0.0
    for c in circles:
        s += c.area() * weight
    return s


def make_points(n):
    return [Point(float(i), float(n - i)) for i in range(n)]
