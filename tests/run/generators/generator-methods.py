# Generators as methods: __iter__ written as a generator, generator methods using self, classmethods.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        for n in self:
            if n % 2 == 0:
                yield n

    @classmethod
    def make(cls, n):
        yield cls(n)


c = Countdown(5)
print(list(c))
print(list(c.evens()))
print(sum(c), max(c), sorted(c))
for obj in Countdown.make(3):
    print(type(obj).__name__, list(obj))


class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


t = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [])])
print(list(t.walk()))
g = t.walk()
print(g.__name__, g.__qualname__)


class Stop(Exception):
    pass


def guarded(items):
    try:
        yield from items
    except Stop as e:
        yield "stopped: %s" % e


s = guarded(Countdown(3))
print(next(s), s.throw(Stop("by user")))
