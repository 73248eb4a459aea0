# with statements: __enter__ result bound to the target, __exit__ arguments, suppression, several managers.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, exc_type.__name__, exc)
        return self.suppress


with Manager("a") as value:
    print("body", value)

with Manager("b", suppress=True):
    raise ValueError("boom")
print("after suppressed")

try:
    with Manager("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with Manager("outer") as x, Manager("inner") as y:
    print("both", x, y)

try:
    with Manager("d"), Manager("e", suppress=True):
        1 / 0
    print("inner suppressed")
except ZeroDivisionError:
    print("not reached")

with Manager("f"):
    pass


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, a, b, c):
        return False


for bad in (1, NoExit(), NoEnter()):
    try:
        with bad:
            print("never")
    except TypeError as e:
        print(e)
