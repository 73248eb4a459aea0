# Class attributes replaced at run time (counters, constants) read through
# instances and the class at sites that already ran, shadowed per
# instance, and turned into methods, properties and back.


class Counter:
    count = 0
    label = "c"

    def __init__(self):
        Counter.count += 1
        self.n = Counter.count

    def seen(self):
        return self.count, self.label, self.n


def read(c):
    return c.count, c.label


made = []
for i in range(4):
    made.append(Counter())
    print(read(made[0]), made[-1].seen(), Counter.count)
made[1].count = "own"
Counter.count = 100
print([read(c) for c in made])
Counter.label = "renamed"
print([c.seen() for c in made])
del made[1].count
print(read(made[1]))


class Sub(Counter):
    label = "sub"


s = Sub()
print(read(s), s.seen(), Counter.count)
Counter.label = "again"
print(read(s), read(made[0]))

# A plain value replaced by a function, a staticmethod and a property.
Counter.label = lambda self: "method"
print(made[0].label(), s.label)
Counter.label = staticmethod(lambda: "static")
print(made[0].label(), read(made[2])[1]())
Counter.label = property(lambda self: "prop " + str(self.n))
print(read(made[0]), read(made[3]))
Counter.label = "plain"
print(read(made[0]), s.label)


class Limits:
    MAX = 3

    def clamp(self, v):
        return min(v, self.MAX)


lim = Limits()
out = []
for v in range(6):
    if v == 3:
        Limits.MAX = 4
    out.append(lim.clamp(v))
print(out)
