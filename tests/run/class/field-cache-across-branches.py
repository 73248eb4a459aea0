# Attribute reads and writes on both sides of a branch and after it, where
# one side may change what the other side's reads saw: another object in
# the same variable, a store through an alias, an attribute deleted or
# added, a method that rebuilds the instance's attributes.


class P:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def reshape(self):
        del self.y
        self.w = 1.5
        self.y = -self.x


def swap_arm(a, b, flag):
    total = a.x
    if flag:
        a = b
    else:
        total += 1.0
    return total + a.x + a.y


def alias_store(a, b, flag):
    before = a.x
    if flag:
        b.x = before * 10
    else:
        b.y = 3.0
    return before, a.x, a.y


def delete_in_arm(a, flag):
    first = a.y
    if flag:
        a.reshape()
    return first, a.x, a.y, a.z, getattr(a, "w", None)


def rebind_dict(a, flag):
    first = a.x
    if flag:
        a.__dict__ = {"x": 7.0, "y": 8.0, "z": 9.0}
    return first, a.x + a.y + a.z


def loop_carried(points):
    best = points[0]
    for p in points[1:]:
        if p.x > best.x:
            best = p
        elif p.x == best.x and p.y > best.y:
            best = p
    return best.x, best.y


ps = [P(float(i % 7), float((i * 3) % 5), float(i % 4) - 1.5) for i in range(20)]
m = P(-1.0, -1.0, -1.0)
for p in ps:
    m.maximize(p)
print(m.x, m.y, m.z)
print(swap_arm(P(1.0, 2.0, 3.0), P(4.0, 5.0, 6.0), True))
print(swap_arm(P(1.0, 2.0, 3.0), P(4.0, 5.0, 6.0), False))
shared = P(1.0, 2.0, 3.0)
print(alias_store(shared, shared, True), alias_store(shared, shared, False))
print(alias_store(P(1.0, 2.0, 3.0), P(0.0, 0.0, 0.0), True))
print(delete_in_arm(P(2.0, 3.0, 4.0), True), delete_in_arm(P(2.0, 3.0, 4.0), False))
print(rebind_dict(P(1.0, 1.0, 1.0), True), rebind_dict(P(1.0, 1.0, 1.0), False))
print(loop_carried(ps))
q = P(1, 2, 3)
q.maximize(P(0.5, 2.5, None if False else 2))
print(q.x, q.y, q.z)
