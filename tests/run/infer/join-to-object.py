# Locals and returns that hold values of different kinds stay dynamic:
# int then float, bool vs int, float or None, and identity of floats.


def int_then_float(n):
    x = 1
    if n > 0:
        x = 2.5
    return x


def bool_or_int(flag):
    v = True
    if flag:
        v = 1
    return v, v + v, type(v).__name__


def maybe_float(n):
    if n:
        return n * 0.5
    return None


def float_or_int(a):
    if a > 1:
        return a / 2
    return a // 2


print(int_then_float(0), int_then_float(1))
print(bool_or_int(False), bool_or_int(True))
print(maybe_float(3), maybe_float(0))
print(float_or_int(7), float_or_int(1), float_or_int(3))
t = 2.5
u = t
print(t is u, t == u, [t, u])
b = True + True
print(b, True + 1.5, 3 / True)
