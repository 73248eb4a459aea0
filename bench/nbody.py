# N-body: a planetary system integrated with a simple symplectic step;
# float arithmetic on object attributes, pairs of bodies in a double loop.
import math
import sys

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, name, pos, vel, mass):
        self.name = name
        self.x, self.y, self.z = pos
        self.vx = vel[0] * DAYS_PER_YEAR
        self.vy = vel[1] * DAYS_PER_YEAR
        self.vz = vel[2] * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS


def make_system():
    return [
        Body("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        Body(
            "jupiter",
            (4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01),
            (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
            9.54791938424326609e-04,
        ),
        Body(
            "saturn",
            (8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01),
            (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
            2.85885980666130812e-04,
        ),
        Body(
            "uranus",
            (1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01),
            (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
            4.36624404335156298e-05,
        ),
        Body(
            "neptune",
            (1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01),
            (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
            5.15138902046611451e-05,
        ),
    ]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for b in bodies[i + 1 :]:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            e -= a.mass * b.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            dist2 = dx * dx + dy * dy + dz * dz
            mag = dt / (dist2 * math.sqrt(dist2))
            bm = b.mass * mag
            am = a.mass * mag
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def main(steps):
    bodies = make_system()
    pairs = [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1 :]]
    offset_momentum(bodies)
    print(f"{energy(bodies):.9f}")
    advance(bodies, pairs, 0.01, steps)
    print(f"{energy(bodies):.9f}")
    for b in bodies:
        print(f"{b.name:8} {b.x:+.6f} {b.y:+.6f} {b.z:+.6f}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 750000)
