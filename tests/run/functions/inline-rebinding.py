# Calls of small functions and methods keep calling what the name holds
# when it is called: a global function rebound after a call site, a
# method replaced on the class, an instance attribute shadowing a method.


def helper(x):
    return x * 2


def twice(x):
    return helper(x) + 1


print(twice(3))
helper = lambda x: x * 10  # noqa: E731
print(twice(3))


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x + 1


def use(p):
    return p.get() * 2


p = P(5)
print(use(p))
P.get = lambda self: self.x - 1
print(use(p))
q = P(7)
q.get = lambda: 100
print(use(q), use(P(7)))


def small(a):
    return a + 1.5


def caller(a):
    return small(a) * 2.0


print(caller(1.0))
small = lambda a: a - 1.5  # noqa: E731
print(caller(1.0))
