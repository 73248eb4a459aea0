# Checks methods whose names the runtime or a builtin also uses: a user
# `step`/`get`/`send` method beside `range(...).step` / `dict.get` reads,
# `Base.__init__(self, ...)` made direct with `Base` also constructed, and
# `send`/`throw` reached through `yield from` on a user iterator.
class Base:
    def __init__(self, value):
        self.value = value

    def step(self, by):
        self.value += by
        return self.value

    def get(self, key):
        return self.value if key == "v" else None


class Child(Base):
    def __init__(self, value, extra):
        Base.__init__(self, value)
        self.extra = extra

    def step(self, by):
        return Base.step(self, by * 2) + self.extra


def use_ranges():
    r = range(2, 20, 3)
    total = 0
    for i in range(4):
        total += i
    d = {"a": 1}
    return r.step, r.start, d.get("a"), d.get("b"), total


print(use_ranges())
items = [Base(1), Child(10, 5), Base(2)]
for it in items:
    print(type(it).__name__, it.step(3), it.get("v"), it.get("x"))
init = Base.__init__
b = Base(0)
init(b, "text")
print(b.value, b.step("!"))


class Echo:
    def __init__(self):
        self.log = []

    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def send(self, value):
        self.log.append(("send", value))
        if value == "stop":
            raise StopIteration("done")
        return "sent " + str(value)

    def throw(self, *args):
        self.log.append(("throw", args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__))
        return "thrown"


def delegating(echo):
    result = yield from echo
    yield "result " + str(result)


echo = Echo()
g = delegating(echo)
print(next(g))
print(g.send(1))
print(g.throw(ValueError))
print(g.send("stop"))
print(echo.log)


class Sender:
    def send(self, packet):
        return packet * 2


print(Sender().send(21))
