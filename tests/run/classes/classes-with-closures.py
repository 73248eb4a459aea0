# Classes combined with closures and lambdas: classes made in functions, methods using enclosing variables, lambdas and comprehensions in class bodies.
def make_counter_class(start, step):
    class Counter:
        initial = start

        def __init__(self):
            self.value = start

        def advance(self):
            self.value += step
            return self.value

    return Counter


C1 = make_counter_class(0, 1)
C2 = make_counter_class(100, 10)
a, b = C1(), C2()
print(a.advance(), a.advance(), b.advance(), C1.initial, C2.initial, C1.__qualname__)


class Ops:
    double = staticmethod(lambda x: x * 2)
    squares = [i * i for i in range(4)]
    table = {name: len(name) for name in ("a", "bb")}

    def adder(self, n):
        return lambda x: x + n


print(Ops.double(4), Ops.squares, Ops.table, Ops().adder(5)(1))


def decorate_methods(cls):
    original = cls.greet

    def wrapped(self, *args, **kwargs):
        return "<" + original(self, *args, **kwargs) + ">"

    cls.greet = wrapped
    return cls


@decorate_methods
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, punctuation="!"):
        return "hi " + self.name + punctuation


print(Greeter("ann").greet(), Greeter("bo").greet(punctuation="?"))


def logged(func):
    def inner(self, *args):
        print("calling", func.__name__, args)
        return func(self, *args)
    return inner


class Service:
    @logged
    def run(self, x, y):
        return x + y

    @staticmethod
    @logged
    def helper(x):
        return x


print(Service().run(1, 2))
