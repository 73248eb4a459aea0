# Cases where an optional value must NOT be treated as narrowed: a reassignment between the test and the use, a global a call can set back to None, an attribute a method call changes, and a None test on a different variable
LIMIT = 2.5


def reset():
    global LIMIT
    LIMIT = None


def use_global():
    if LIMIT is not None:
        reset()
        try:
            return LIMIT + 1.0
        except TypeError as e:
            return "TypeError: " + str(e)
    return "none"


print(use_global())
print(use_global())


def reassigned(x):
    if x is not None:
        x = None if x > 1.0 else x
        return repr(x)
    return "was none"


print(reassigned(3.0), reassigned(0.5), reassigned(None))


class Box:
    def __init__(self, v):
        self.v = v

    def clear(self):
        self.v = None


def attribute(b):
    if b.v is not None:
        b.clear()
        try:
            return b.v * 2.0
        except TypeError as e:
            return "TypeError: " + str(e)
    return "empty"


print(attribute(Box(1.5)), attribute(Box(None)))


def other_variable(a, b):
    if a is not None:
        try:
            return b + 1
        except TypeError as e:
            return "TypeError: " + str(e)
    return "a none"


print(other_variable(1, 2), other_variable(1, None), other_variable(None, 3))


def loop_carried(values):
    last = None
    out = []
    for v in values:
        if last is not None:
            out.append(last + v)
        last = v if v > 0 else None
    return out


print(loop_carried([1, 2, -3, 4, 5]))


def mixed_kinds(flag):
    x = None
    if flag == 1:
        x = 2
    elif flag == 2:
        x = 2.0
    if x is not None:
        return repr(x * 3)
    return "none"


print(mixed_kinds(0), mixed_kinds(1), mixed_kinds(2))
