# Instances as container elements: a list, tuple or dict of instances of
# one class keeps the class for its elements (loops, indexing, slices,
# unpacking, pop, enumerate, zip, dict values), so methods called on the
# elements are direct and see typed attributes.


class Body:
    def __init__(self, name, x, mass):
        self.name = name
        self.x = x
        self.mass = mass

    def moved(self, dx):
        self.x += dx
        return self

    def weight(self):
        return self.mass * 9.81


def make():
    return [Body("a", 1.0, 2.0), Body("b", -3.5, 0.25), Body("c", 10.0, 1.5)]


def total(bodies):
    s = 0.0
    for b in bodies:
        s += b.weight()
    return s


def pairs(bodies):
    out = []
    for i, a in enumerate(bodies):
        for b in bodies[i + 1 :]:
            out.append((a, b))
    return out


def step(pairs, dt):
    for a, b in pairs:
        d = a.x - b.x
        a.x -= d * dt
        b.x += d * dt


def by_name(bodies):
    table = {}
    for b in bodies:
        table[b.name] = b
    return table


def main():
    bodies = make()
    print(round(total(bodies), 6))
    ps = pairs(bodies)
    print(len(ps), [(a.name, b.name) for a, b in ps])
    for _ in range(3):
        step(ps, 0.125)
    print([round(b.x, 6) for b in bodies])
    print(bodies[0].name, bodies[-1].name, bodies[1].moved(1.0).x)
    first, second, third = bodies
    print(first.name, second.name, third.name)
    print([b.name for b in bodies[::-1]], [b.name for b in reversed(bodies)])
    table = by_name(bodies)
    print(sorted(table), table["b"].weight())
    for name, b in sorted(table.items()):
        print(name, round(b.x, 3))
    for b in table.values():
        b.moved(0.5)
    print([round(b.x, 3) for b in bodies])
    tup = (bodies[0], bodies[1])
    print(tup[0].name, tup[-1].name, [b.mass for b in tup])
    for a, b in zip(bodies, bodies[1:]):
        print(a.name, "->", b.name)
    last = bodies.pop()
    print(last.name, last.weight(), len(bodies))
    copy = bodies.copy() + [last]
    print([b.name for b in copy], max(b.x for b in copy))


main()
