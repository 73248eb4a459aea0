# Classes and functions read from other modules (`from m import C`,
# `m.C`, `import m as n`, re-exported names, subclasses across modules)
# behave as when defined in the main module.
import geometry
import shapes
from geometry import Circle, make_points, total_area as total
from shapes import Ring, ring_at, P


def run(n):
    points = make_points(n)
    circles = [Circle(p, 0.5 + p.x / n) for p in points]
    circles.append(geometry.Circle(geometry.Point(1.0, 2.0)))
    circles.append(shapes.Circle(P(0.0, 0.0), r=3.0))
    rings = [ring_at(float(i), 1.0) for i in range(3)]
    rings.append(Ring(geometry.Point(4.0, 4.0), 3.0, 2.0))
    a = total(circles)
    b = geometry.total_area(circles, weight=0.5)
    c = shapes.total_area(rings)
    moved = circles[0].moved(1.0).moved(dx=2.0, dy=3.0)
    print(len(points), points[0], points[-1], points[1].norm2())
    print(round(a, 6), round(b, 6), round(c, 6))
    print(moved.center, moved.r, moved.area())
    print(type(rings[0]).__name__, isinstance(rings[0], Circle), rings[-1].area())
    print(geometry.SCALE, geometry.ORIGIN_NAME, shapes.geo.SCALE)
    print(Circle is geometry.Circle is shapes.Circle, P is geometry.Point)
    return a + b + c


print(run(10))
print(run(3))
