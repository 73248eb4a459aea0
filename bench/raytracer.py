# A small ray tracer: spheres and a checkered plane under two point lights,
# with shadows and one level of reflection; a Vector class with operator
# overloading does all the arithmetic. Prints the image as ASCII shades
# and a checksum of the 8-bit pixel values.
import math
import sys


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, colour, shine):
        self.center = center
        self.radius = radius
        self.colour = colour
        self.shine = shine

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal(self, point):
        return (point - self.center).normalized()

    def colour_at(self, point):
        return self.colour


class Plane:
    def __init__(self, height, shine):
        self.height = height
        self.shine = shine
        self.up = Vector(0.0, 1.0, 0.0)

    def intersect(self, ray):
        dy = ray.direction.y
        if abs(dy) < 1e-9:
            return None
        t = (self.height - ray.origin.y) / dy
        return t if t > 1e-6 else None

    def normal(self, point):
        return self.up

    def colour_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return Vector(0.9, 0.9, 0.9)
        return Vector(0.1, 0.1, 0.1)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 6.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3),
            Sphere(Vector(-2.2, 0.7, 7.0), 0.7, Vector(0.2, 0.8, 0.3), 0.1),
            Sphere(Vector(1.8, 0.5, 4.5), 0.5, Vector(0.3, 0.3, 0.9), 0.6),
            Plane(0.0, 0.2),
        ]
        self.lights = [(Vector(-5.0, 8.0, 0.0), 0.8), (Vector(6.0, 5.0, 2.0), 0.4)]
        self.ambient = 0.1

    def closest(self, ray):
        best = None
        best_t = math.inf
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.closest(ray)
        if obj is None:
            sky = 0.5 + 0.5 * ray.direction.y
            return Vector(0.2 * sky, 0.3 * sky, 0.6 * sky)
        point = ray.at(t)
        normal = obj.normal(point)
        base = obj.colour_at(point)
        light = self.ambient
        for position, strength in self.lights:
            if self.shadowed(point, position):
                continue
            direction = (position - point).normalized()
            lambert = normal.dot(direction)
            if lambert > 0.0:
                light += lambert * strength
        colour = base * min(light, 1.0)
        if depth > 0 and obj.shine > 0.0:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            bounce = self.trace(Ray(point, reflected), depth - 1)
            colour = colour * (1.0 - obj.shine) + bounce * obj.shine
        return colour


def to_byte(value):
    return max(0, min(255, int(value * 255.0)))


def render(width, height):
    scene = Scene()
    eye = Vector(0.0, 1.5, 0.0)
    aspect = width / height
    rows = []
    checksum = 0
    shades = " .:-=+*#%@"
    for j in range(height):
        line = []
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * aspect
            y = 1.0 - 2.0 * (j + 0.5) / height
            ray = Ray(eye, Vector(x, y - 0.2, 1.5).normalized())
            c = scene.trace(ray, 2)
            r, g, b = to_byte(c.x), to_byte(c.y), to_byte(c.z)
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            grey = (r * 3 + g * 6 + b) // 10
            line.append(shades[grey * len(shades) // 256])
        rows.append("".join(line))
    return rows, checksum


def main(width):
    height = width // 2
    rows, checksum = render(width, height)
    step = max(1, width // 60)
    for row in rows[:: step * 2]:
        print(row[::step])
    print(f"{width}x{height} checksum {checksum}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 640)
