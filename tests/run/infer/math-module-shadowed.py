# A name `math` that is not (or not always) the math module: a local
# named math, a global rebound by a `global` statement, a deleted global,
# a math attribute replaced from outside.
import math


class FakeMath:
    def sqrt(self, x):
        return "fake sqrt of " + str(x)


def local_math(x):
    math = FakeMath()
    return math.sqrt(x * 1.0)


def use(x):
    return math.sqrt(x * 2.0)


print(local_math(4.0))
print(use(8.0))


def rebind():
    global math
    math = FakeMath()


rebind()
print(use(8.0))
del math
try:
    print(use(8.0))
except NameError as e:
    print("NameError", e)
