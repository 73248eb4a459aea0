# del obj.attr and delattr(): instance attributes, class attributes, property deleters, __delattr__, exception attributes, errors.
class P:
    kind = "p"

    def __init__(self):
        self.x = 1
        self.y = 2
        self._z = 3

    @property
    def z(self):
        return self._z

    @z.deleter
    def z(self):
        print("deleting z")
        del self._z

    @property
    def w(self):
        return 0


p = P()
del p.x
print(hasattr(p, "x"), p.y)
delattr(p, "y")
print(hasattr(p, "y"))
del p.z
print(hasattr(p, "_z"))
try:
    del p.x
except AttributeError as e:
    print(e)
try:
    del p.w
except AttributeError as e:
    print(e)
p.kind = "instance"
del p.kind
print(p.kind)
del P.kind
print(hasattr(p, "kind"), hasattr(P, "kind"))
try:
    del P.kind
except AttributeError as e:
    print(e)


class Guarded:
    def __delattr__(self, name):
        print("refusing to delete", name)


g = Guarded()
g.a = 1
del g.a
print(g.a)


class E(Exception):
    pass


e = E("m")
e.note = "n"
del e.note
print(hasattr(e, "note"), e.args)
try:
    delattr(p, 5)
except TypeError as err:
    print(err)
