# Instances held in module globals (one class, then a union after a rebinding), and method originals reached through a bound method whose self spans only the classes actually constructed
class Level:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def stronger(self, other):
        return self.rank < other.rank


class Special(Level):
    def describe(self):
        return "special " + self.name


HIGH = Level(0, "high")
LOW = Level(9, "low")
CURRENT = HIGH


def compare(a):
    return a.stronger(LOW), LOW.stronger(a), a.rank + LOW.rank


print(compare(HIGH), compare(Level(5, "mid")))
print(CURRENT.name, CURRENT.rank)
CURRENT = Special(3, "three")
print(CURRENT.name, CURRENT.describe(), compare(CURRENT))
CURRENT = None
print(CURRENT)


class Base:
    def __init__(self, x):
        self.x = x

    def bump(self, by):
        self.x = self.x + by
        return self.x


class Kid(Base):
    pass


class Unused(Base):
    def bump(self, by):
        return "never made"


class Ghost(Base):
    def bump(self, by):
        self.x = str(self.x) + "+" + str(by)
        return self.x


def run():
    items = [Base(1), Kid(2.5)]
    bumps = [it.bump for it in items]
    for b in bumps:
        print(b(2), b(0.5))
    print([it.x for it in items])
    # An instance made without a call of the class object itself.
    ghost = Ghost.__call__(7)
    more = [ghost.bump, items[0].bump]
    print([m(1) for m in more], ghost.x)


run()
