# Attribute reads reused across branches and joins: a store, call, alias,
# delete, exception or loop iteration in between must be seen.


class Box:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def bump(self):
        self.x += 1


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def pick(self, flag):
        # the same field read before, in and after the branches
        first = self.a
        if flag:
            second = self.a + 1
        else:
            second = self.b
        return first + second + self.a


def store_in_one_branch(box, flag):
    before = box.x
    if flag:
        box.x = before * 10
    return before, box.x


def call_in_one_branch(box, flag):
    before = box.x
    if flag:
        box.bump()
    return before, box.x


def alias_store(box, other, flag):
    before = box.x
    if flag:
        other.x = -1
    return before, box.x


def delete_in_branch(box, flag):
    before = box.y
    if flag:
        del box.y
    try:
        return before, box.y
    except AttributeError as exc:
        return before, str(exc)


def raise_between(box, n):
    before = box.x
    try:
        box.x = 5
        if n == 0:
            raise ValueError("zero")
        box.x = 100 // n
    except ValueError:
        return before, box.x, "caught"
    return before, box.x


def loop_updates(box, n):
    seen = []
    for i in range(n):
        seen.append(box.x)
        if i % 2:
            box.x += i
        else:
            seen.append(box.x * 2)
    return seen, box.x


class Vec:
    def __init__(self, x):
        self.x = x

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        return self


def floats(box, flag):
    v = box.x * 0.5
    if flag:
        w = box.x * 0.25
    else:
        box.x = 3.5
        w = box.x
    return v, w, box.x


for flag in (False, True):
    print(store_in_one_branch(Box(2, 3), flag))
    print(call_in_one_branch(Box(2, 3), flag))
    b = Box(7, 8)
    print(alias_store(b, b, flag), alias_store(Box(7, 8), Box(0, 0), flag))
    print(delete_in_branch(Box(1, 2), flag))
    print(Pair(3, 4).pick(flag))
    print(floats(Box(2.0, 0.0), flag), floats(Vec(2.0), flag))
    print(Vec(1.5).maximize(Vec(2.5 if flag else 0.5)).x)
print(raise_between(Box(1, 1), 0), raise_between(Box(1, 1), 4))
print(loop_updates(Box(1, 0), 6))
big = Box(2**62, 0)
print(store_in_one_branch(big, True), call_in_one_branch(Box(2**63 - 1, 0), True))

MODE = 1


def set_mode(m):
    global MODE
    MODE = m


class Dir:
    def __init__(self, d):
        self.d = d

    def first(self):
        return "f" if self.d == MODE else "s"

    def both(self, flag):
        a = self.first()
        if flag:
            set_mode(-MODE)
        return a, self.first(), self.d == MODE


for flag in (False, True):
    print(Dir(1).both(flag), Dir(-1).both(flag))
