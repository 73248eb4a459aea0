# Everyday idioms: decorators with wraps, closures (nonlocal, co_freevars), Generic classes with __init_subclass__, __getattr__, descriptors with __set_name__, dataclass KW_ONLY/InitVar, overload, itertools, OrderedDict/ChainMap, except*, add_note, str methods, pprint.
"""Decorators, closures, dunders, typing generics, itertools, exception groups."""
import functools
import itertools
import sys
import time
from collections import ChainMap, OrderedDict
from dataclasses import InitVar, dataclass, field, KW_ONLY
from pprint import pformat, pprint
from typing import (TYPE_CHECKING, Callable, ClassVar, Final, Generic, Iterable, Literal,
                    TypeVar, cast, overload)

T = TypeVar("T")
K = TypeVar("K")
MAX: Final = 3


def logged(prefix: str = ">") -> Callable:
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            print(f"{prefix} {fn.__name__}{args}{kwargs or ''} -> {result!r}")
            return result
        wrapper.calls = 0
        return wrapper
    return deco


@logged()
def add(a, b=1, *, scale=1):
    """Add things."""
    return (a + b) * scale


def counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc


class Stack(Generic[T]):
    registry: ClassVar[list[str]] = []

    def __init_subclass__(cls, tag="", **kw):
        super().__init_subclass__(**kw)
        Stack.registry.append(tag or cls.__name__)

    def __init__(self, items: Iterable[T] = ()):
        self._items: list[T] = list(items)

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self._items[i])
        return self._items[-1 - i]

    def __repr__(self):
        return f"{type(self).__name__}({self._items!r})"

    def __format__(self, spec):
        return "|".join(format(x, spec) for x in self._items)


class IntStack(Stack[int], tag="ints"):
    pass


class Lazy:
    def __init__(self):
        self.loaded = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self.loaded[name] = len(name)
        return self.loaded[name]


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)


class Order:
    qty = Positive()

    def __init__(self, qty):
        self.qty = qty


@dataclass
class Account:
    owner: str
    _: KW_ONLY
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    bonus: InitVar[int] = 0

    def __post_init__(self, bonus):
        self.balance += bonus


@overload
def first(x: str) -> str: ...
@overload
def first(x: list[T]) -> T: ...
def first(x):
    return x[0]


def kind(x: int) -> Literal["even", "odd"]:
    return "even" if x % 2 == 0 else "odd"


def main():
    add(2, 3, scale=2)
    add(1)
    print(add.__name__, add.__doc__, add.__wrapped__(5, 5), hasattr(add, "calls"))
    c = counter()
    c(); c(5)
    print(c(), c.__code__.co_freevars)
    s = IntStack([1, 2]).push(3)
    print(s, len(s), bool(IntStack()), list(s), 2 in s, s[0], s[1:], f"{s:03d}", Stack.registry)
    lz = Lazy()
    print(lz.alpha, lz.be, lz.loaded, getattr(lz, "_x", "missing"))
    o = Order(3)
    try:
        o.qty = 0
    except ValueError as e:
        print(e, o.qty, type(Order.qty).__name__)
    acct = Account("ann", balance=10, bonus=5)
    print(acct, acct.balance)
    print(first("xyz"), first([9, 8]), kind(3), cast(int, "not checked"), MAX, TYPE_CHECKING)
    print(list(itertools.product("ab", range(2))), list(itertools.permutations("abc", 2))[:3])
    print(list(itertools.combinations(range(4), 2)), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
    print(list(itertools.takewhile(lambda x: x < 3, itertools.count())), list(itertools.dropwhile(str.isalpha, "ab1c")))
    print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.islice(itertools.cycle("xy"), 5)))
    a, b = itertools.tee(iter([1, 2, 3]))
    print(list(a), list(b), list(itertools.repeat(7, 3)), list(itertools.chain.from_iterable([[1], [2, 3]])))
    print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
    print(list(filter(None, [0, 1, "", "a", None])), min([], default="empty"), max("abc", key=ord), list(enumerate("ab", start=1)))
    it = iter([1, 2, 0, 3])
    print(list(iter(lambda: next(it), 0)), list(reversed(range(3))), sorted("bca", reverse=True))
    try:
        list(zip([1, 2], [1], strict=True))
    except ValueError as e:
        print(e)
    od = OrderedDict(a=1, b=2, c=3)
    od.move_to_end("a")
    cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
    d = {"k": 1}
    d |= {"j": 2}
    d.setdefault("k", 9)
    print(od, list(od), cm["x"], cm["y"], len(cm), d, d.get("z", 0))
    try:
        raise ExceptionGroup("many", [ValueError("v"), TypeError("t"), ValueError("w")])
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", len(eg.exceptions))
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise RuntimeError("clean") from None
    except RuntimeError as e:
        e.add_note("extra info")
        print(e, e.__notes__, e.__cause__, e.__suppress_context__)

    def f():
        try:
            return "try"
        finally:
            print("finally runs")
    print(f())
    for x in range(3):
        if x == 5:
            break
    else:
        print("no break")
    print("a-b-c".partition("-"), "42".zfill(5), "mid".center(9, "."), "a\tb".expandtabs(4), "Straße".casefold())
    print("hello".translate(str.maketrans("el", "ip")), "é".encode("ascii", errors="replace"), b"caf\xc3\xa9".decode(), "x".join("abc"))
    print(*["a", "b"], sep=", ", end="!\n")
    print("to stderr", file=sys.stderr)
    pprint({"z": list(range(12)), "a": {"nested": ("t", 1)}, "m": "x" * 30}, width=40)
    print(pformat([1, 2]), isinstance(time.time(), float), sys.getrecursionlimit() > 100)


if __name__ == "__main__":
    main()
