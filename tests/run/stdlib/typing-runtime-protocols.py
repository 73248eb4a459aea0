# typing.Protocol: @runtime_checkable isinstance/issubclass checks are structural, as in CPython
from typing import Protocol, runtime_checkable, TypeVar, Generic, Iterable
from abc import abstractmethod

T = TypeVar("T")


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def describe(self) -> str: ...


class Plain(Protocol):
    def run(self) -> int: ...


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class File:
    def close(self):
        print("closing")


class NoClose:
    pass


class Blocked(File):
    close = None


class Person:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "person " + self.name


class Anon:
    def describe(self):
        return "?"


class Explicit(SupportsClose):
    pass


class IntBox:
    def get(self):
        return 1


def call(f):
    return f(1)


print(isinstance(File(), SupportsClose), isinstance(NoClose(), SupportsClose), isinstance(Blocked(), SupportsClose))
print(issubclass(File, SupportsClose), issubclass(NoClose, SupportsClose), issubclass(Blocked, SupportsClose))
print(isinstance(open, SupportsClose), isinstance(3, SupportsClose))
print(isinstance(Person("ann"), Named), isinstance(Anon(), Named))
p = Person("bo")
p.name = None
print(isinstance(p, Named))
try:
    issubclass(Person, Named)
except TypeError as exc:
    print("TypeError:", exc)
try:
    isinstance(File(), Plain)
except TypeError as exc:
    print("TypeError:", exc)
try:
    SupportsClose()
except TypeError as exc:
    print("TypeError:", exc)
e = Explicit()
print(isinstance(e, SupportsClose), isinstance(e, Explicit), isinstance(File(), Explicit), issubclass(Explicit, SupportsClose))
print(isinstance(IntBox(), Box), isinstance(NoClose(), Box), Box[int])
try:
    runtime_checkable(File)
except TypeError as exc:
    print("TypeError:", exc)
try:
    class Bad(File, Protocol):
        pass
except TypeError as exc:
    print("TypeError:", exc)


@runtime_checkable
class Closer(SupportsClose, Protocol):
    def open(self) -> None: ...


class Both(File):
    def open(self):
        pass


print(isinstance(Both(), Closer), isinstance(File(), Closer), issubclass(Both, Closer))


class Abstract(Protocol):
    @abstractmethod
    def area(self) -> float: ...


class Square(Abstract):
    pass


try:
    Square()
except TypeError as exc:
    print("TypeError:", exc)


@runtime_checkable
class Sized(Protocol):
    def __len__(self) -> int: ...


print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized), issubclass(int, Sized))


def shutdown(things):
    for t in things:
        if isinstance(t, SupportsClose):
            t.close()
        else:
            print("cannot close", type(t).__name__)


shutdown([File(), NoClose(), e])
