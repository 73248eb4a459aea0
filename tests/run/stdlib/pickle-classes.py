# pickle: instances of user classes (default reduction, __reduce__, __reduce_ex__, __getnewargs__, __getnewargs_ex__, __getstate__/__setstate__, __slots__, list/dict subclasses, copyreg.dispatch_table), classes and functions by qualified name, exceptions, files and Pickler/Unpickler objects; bytes equal CPython's
import copyreg
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Empty:
    pass


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class WithState:
    def __init__(self):
        self.v = 3
        self.cache = "x"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.v = state["v"]
        self.cache = None


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx, (), {"proto": proto})


class Args:
    def __new__(cls, a, b=2):
        self = object.__new__(cls)
        self.a = a
        self.b = b
        return self

    def __getnewargs__(self):
        return (self.a, self.b)


class KwArgs:
    def __new__(cls, a, *, k):
        self = object.__new__(cls)
        self.a = a
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return ((self.a,), {"k": self.k})


class Items(list):
    pass


class Table(dict):
    pass


class Outer:
    class Inner:
        pass


class Money:
    def __init__(self, cents):
        self.cents = cents


def money_reducer(m):
    return (Money, (m.cents,))


copyreg.pickle(Money, money_reducer)


def helper():
    pass


class MyError(Exception):
    pass


def show(obj, protos=range(6)):
    for proto in protos:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(proto, data)
        print("   ", type(back).__name__, describe(back))


def describe(obj):
    if isinstance(obj, list) and obj and hasattr(obj[0], "__qualname__"):
        return [x.__qualname__ for x in obj]
    if isinstance(obj, Slotted):
        return [getattr(obj, name, None) for name in Slotted.__slots__]
    if isinstance(obj, Exception):
        return obj.args
    if hasattr(obj, "__dict__") and not isinstance(obj, type):
        if isinstance(obj, (list, dict)):
            return sorted(vars(obj).items()), obj
        return sorted(vars(obj).items())
    return obj


show(Point(1, 2))
show([Point(1, 2), Point(3, "three")])
p = Point(0, 0)
show([p, p])
show(Empty())
show(Slotted())
show(WithState())
show(Reduced(5))
show(ReducedEx())
show(Args(1))
show(KwArgs(1, k=2), (0, 1, 4, 5))
items = Items([1, 2, 3])
items.tag = "t"
show(items)
show(Table(a=1, b=2))
show(Money(250))
show(Outer.Inner())
show([Point, Outer.Inner, helper, len, int, set, object, Outer, Point])
show(MyError("boom", 2))
show(ValueError("bad value"))
show(KeyError("k"), (0, 2, 4))
show([range(3), range(1, 10, 2), slice(1, None, 2), 1.5 - 2j])


# Subclasses of the immutable built-in types and of sets keep their value.
class Pair(tuple):
    pass


class Name(str):
    pass


class Count(int):
    pass


class Ratio(float):
    pass


class Blob(bytes):
    pass


class Tags(set):
    pass


class FrozenTags(frozenset):
    pass


tags = Tags({1, 2})
tags.owner = "me"
for value in (Pair((1, 2)), Name("hi"), Count(5), Ratio(1.5), Blob(b"ab"), Tags({3}), tags,
              FrozenTags({4})):
    for proto in (0, 2, 4):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        print(proto, data)
        print("   ", type(back).__name__, back == value, getattr(back, "owner", None))

back = pickle.loads(pickle.dumps([p, p]))
print(back[0] is back[1], back[0] == p)
print(pickle.loads(pickle.dumps(helper)) is helper, pickle.loads(pickle.dumps(Point)) is Point)


# Classes that cannot be found again by name are refused.
def make_local():
    class Local:
        pass
    return Local


for obj in (make_local(), make_local()(), lambda: 1):
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])

Old = Point


class Point:
    pass


try:
    pickle.dumps(Old(1, 2))
except pickle.PicklingError as e:
    print("PicklingError:", e)


class BadReduce:
    def __reduce__(self):
        return 42


try:
    pickle.dumps(BadReduce())
except pickle.PicklingError as e:
    print("PicklingError:", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))

# Files: several pickles in one file, Pickler and Unpickler objects.
buf = io.BytesIO()
pickle.dump({"a": 1}, buf)
pickle.dump([1, 2, 3], buf, protocol=2)
pickle.dump("three", buf, 0)
print(buf.getvalue())
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print("EOFError:", e)

buf = io.BytesIO()
pickler = pickle.Pickler(buf, 3)
shared = ["s"]
pickler.dump(shared)
pickler.dump(shared)
pickler.clear_memo()
pickler.dump(shared)
print(buf.getvalue())
buf.seek(0)
unpickler = pickle.Unpickler(buf)
print(unpickler.load(), unpickler.load())
try:
    pickle.Unpickler(io.BytesIO(buf.getvalue()[15:])).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
print(pickle.Unpickler(buf).load())

# Pickles written by CPython 2-style protocols load too.
print(pickle.loads(b"(lp0\nI1\naF2.5\naS'abc'\np1\naL12345678901234567890L\na(dp2\nVk\np3\nI01\nsa."))
print(pickle.loads(b"\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03."))
print(pickle.loads(b"\x80\x02c__builtin__\nxrange\nK\x00K\x03K\x01\x87R."))
