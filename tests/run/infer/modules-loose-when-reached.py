# Module objects handed out by `sys.modules` loosen globals only where that
# code can run: a library function nothing calls changes nothing, and one
# reached only later in the solve still makes a computed `setattr` on the
# module it returns rewrite a global, whose kind inference then widens.
import sys
import typing

COUNT = 1
RATE = 0.5


def module_named(name):
    return sys.modules[name]


def bump(name, attr, value):
    setattr(module_named(name), attr, value)


def unused(name):
    return getattr(sys.modules[name], "COUNT")


class Holder:
    def __init__(self):
        self.total = COUNT + 1

    def run(self):
        bump("__main__", "CO" + "UNT", "changed")
        bump("__main__", "RA" + "TE", [1, 2])
        return COUNT, RATE


h = Holder()
print(h.total, COUNT * 2, RATE * 2)
print(h.run())
print(COUNT * 2, RATE * 2, typing.get_origin(list[int]))
