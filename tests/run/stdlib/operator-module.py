# Checks the `operator` module (issue #4): the operator functions over
# ints, floats, strings and containers, the in-place forms, itemgetter,
# attrgetter (dotted names) and methodcaller, with their reprs and errors.
import operator
from operator import attrgetter, itemgetter, methodcaller

pairs = [(7, 2), (-7, 2), (2.5, 0.5), (True, 3), (6, -4)]
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lt", "le", "eq", "ne", "ge", "gt",
             "is_", "is_not"]:
    func = getattr(operator, name)
    print(name, [func(a, b) for a, b in pairs])
for name in ["and_", "or_", "xor", "lshift", "rshift"]:
    func = getattr(operator, name)
    print(name, [func(a, b) for a, b in [(12, 10), (5, 1), (-8, 2), (True, False)]])
print([operator.neg(x) for x in [3, -2.5, True]], [operator.pos(x) for x in [-3, 2.5]], [operator.abs(x) for x in [-3, -0.0, 2]])
print([operator.inv(x) for x in [0, 5, -1]], operator.invert(True), [operator.not_(x) for x in [0, 1, "", [1]]])
print([operator.truth(x) for x in [0, 3, "", "a", None]], operator.index(7), operator.index(True))
print(operator.concat("ab", "cd"), operator.concat([1], [2]), operator.contains([1, 2], 2), operator.contains("abc", "d"))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"), operator.getitem("abc", 1), operator.getitem([1, 2, 3], slice(1, None)))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))
items = [1, 2]
same = operator.iadd(items, [3])
print(same is items, items, operator.iadd(1, 2), operator.imul("ab", 2), operator.isub(5, 7), operator.ipow(2, 10))
print(operator.iand(12, 10), operator.ior(12, 10), operator.ixor(12, 10), operator.ilshift(1, 4), operator.irshift(64, 2))
print(operator.itruediv(7, 2), operator.ifloordiv(7, 2), operator.imod(7, 2), operator.iconcat([1], (2,)))
print(operator.__add__(1, 2), operator.__lt__(1, 2), operator.__getitem__("xy", 0))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tag = Tag("t" + str(x))

    def shifted(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


class Tag:
    def __init__(self, name):
        self.name = name


points = [Point(3, 1), Point(1, 5), Point(2, 2)]
print([p.x for p in sorted(points, key=attrgetter("x"))], attrgetter("x", "y")(points[0]), attrgetter("tag.name")(points[1]))
print(itemgetter(1)("abc"), itemgetter(0, 2)([5, 6, 7]), itemgetter("k")({"k": 9}), itemgetter(slice(1, 3))("hello"))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=itemgetter(0)), list(map(itemgetter(1), [(1, 2), (3, 4)])))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("shifted", 1, dy=2)(points[0]).y)
print(repr(itemgetter(1, "a")), repr(attrgetter("x", "a.b")), repr(methodcaller("f", 1, k="v")))


def attempt(func, *args):
    try:
        return repr(func(*args))
    except (TypeError, ValueError, ZeroDivisionError, AttributeError, IndexError) as e:
        return type(e).__name__ + ": " + str(e)


print(attempt(operator.truediv, 1, 0), attempt(operator.index, 1.5), attempt(operator.concat, 1, 2), attempt(operator.indexOf, [1], 2))
print(attempt(itemgetter), attempt(attrgetter, 1), attempt(methodcaller), attempt(methodcaller, 1))
print(attempt(itemgetter(5), [1]), attempt(attrgetter("z"), points[0]), attempt(operator.add, "a", 1))
