# `==` and `!=` with a str literal on either side: the literal itself,
# None, equal strs that are other objects, str subclasses with their own
# `__eq__`, objects whose `__eq__` runs (and raises), ints and floats.


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", repr(other))
        return True

    def __ne__(self, other):
        print("Loud.__ne__", repr(other))
        return False

    __hash__ = str.__hash__


class Other:
    def __eq__(self, other):
        print("Other.__eq__", repr(other))
        return "truthy"

    def __ne__(self, other):
        print("Other.__ne__", repr(other))
        return 0


class Bad:
    def __eq__(self, other):
        raise ValueError("no compare with " + other)


def step(n):
    if n == 3:
        return "stop"
    if n == 4:
        return "st" + "op"
    return None


def check(x):
    name = repr(x) if not isinstance(x, (Other, Bad)) else type(x).__name__
    print(name, x == "stop", x != "stop", "stop" == x, "stop" != x)
    # As branch conditions (native truth values).
    if x == "stop":
        print(name, "== stop")
    if x != "stop":
        print(name, "!= stop")
    if "stop" == x:
        print(name, "stop ==")
    if "stop" != x:
        print(name, "stop !=")


for n in range(6):
    if step(n) == "stop":
        print(n, "stops")
    if step(n) != "stop":
        print(n, "goes on")
    if "stop" == step(n):
        print(n, "stops (literal first)")

for x in [None, "stop", "st" + "op", "", "stops", Loud("x"), Other(), 0, 1.5, b"stop", ["stop"]]:
    check(x)
try:
    check(Bad())
except ValueError as e:
    print("ValueError", e)
s = "stop"
print(s == "stop", None != "", "" == None)
