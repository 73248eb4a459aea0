import lib_mod as _me

_early = "ea" + "rly"
setattr(_me, _early, lambda x, y=0: ("replaced before def", x, y))
print(early(1, 2))
print(early(1))


def early(x, y=10):
    return ("early", x, y)


print(early(1, 2))
print(early(x=3, y=4))


def scale(a, b=2, *, c=1):
    return ("scale", a * b * c)


def use_scale():
    out = []
    out.append(scale(3, 4, c=5))
    out.append(scale(3))
    out.append(scale(b=5, a=2))
    out.append(scale(2, 3))
    return out


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
