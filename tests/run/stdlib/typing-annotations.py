# typing: the names programs use in annotations evaluate (annotations run
# when def and class run in 3.11) and print as CPython prints them; Generic
# classes with TypeVar, NamedTuple classes, Protocol, Optional/Union, cast,
# get_type_hints, NewType, TypedDict.
from typing import (Any, Callable, ClassVar, Dict, FrozenSet, Generic, Iterable, Iterator, List,
                    Literal, Mapping, NamedTuple, NewType, Optional, Protocol, Sequence, Set, Tuple,
                    Type, TypedDict, TypeVar, Union, cast, get_type_hints, overload)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V", covariant=True)
print(T, V, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[int, str], Set[T], FrozenSet[int])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int, int], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Any, List, Literal["a", 1], Type[int], Iterable[int])
print(Mapping[str, int], Sequence[float], Iterator[str], ClassVar[int], Dict[K, T][str, int])
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[None, int])

def total(values: Iterable[int], scale: Optional[float] = None) -> float:
    result = float(sum(values))
    return result if scale is None else result * scale

def apply(fn: Callable[[int], int], items: List[int]) -> List[int]:
    return [fn(i) for i in items]

print(total([1, 2]), total([1, 2], 0.5), apply(lambda x: x * x, [1, 2, 3]))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)

s: "Stack[int]" = Stack()
s.push(1)
s.push(2)
print(s.pop(), len(s), Stack[int], Stack.__mro__, Stack[str]().__class__.__name__)

class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value

print(Pair("a", 1).key, Pair[str, int])

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1
    def badge(self) -> str:
        return f"{self.name}@{self.dept}"

e = Employee("ann")
print(e, e.badge(), e._replace(level=3), e._asdict(), Employee._fields, Employee._field_defaults)
print(isinstance(e, tuple), e == ("ann", "eng", 1), e[0], len(e))
name, dept, level = e
print(name, dept, level)
Coord = NamedTuple("Coord", [("lat", float), ("lon", float)])
print(Coord(1.5, 2.5), Coord._fields)

class SupportsClose(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self) -> None:
        print("closed")

def shutdown(r: SupportsClose) -> None:
    r.close()

shutdown(Resource())

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Up", year=2009)
print(m, type(m).__name__, m["year"])
UserId = NewType("UserId", int)
print(UserId(5), UserId(5) + 1, UserId)
print(cast(int, "not really"), cast(List[str], [1]))

class Config:
    name: str
    retries: int = 3
    ratio: Optional[float] = None

print(get_type_hints(Config), Config.__annotations__)

@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x

print(parse(3), parse("s"))
for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: Generic[int], lambda: List[int, str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
