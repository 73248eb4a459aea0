# abc: abstract methods block instantiation with CPython's message, register, isinstance/issubclass, __subclasshook__
from abc import ABC, ABCMeta, abstractmethod, get_cache_token
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class HalfDone(Shape):
    def area(self):
        return 1

class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side

for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(type(Shape).__name__, type(Square) is ABCMeta, isinstance(Shape, ABCMeta))

class Meta(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...
try:
    Meta()
except TypeError as e:
    print(e)

class Named(Meta):
    name = "n"
    make = classmethod(lambda cls: cls())
    helper = staticmethod(lambda: 0)
print(Named.make().name)

class Drawable(ABC):
    pass

token = get_cache_token()
print(isinstance(3, Drawable), issubclass(str, Drawable))
Drawable.register(int)
print(Drawable.register(str) is str, get_cache_token() != token)
print(isinstance(3, Drawable), isinstance(True, Drawable), issubclass(str, Drawable), isinstance(2.0, Drawable))

@Drawable.register
class Sprite:
    pass
print(isinstance(Sprite(), Drawable), Sprite.__name__)

class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return hasattr(C, "__len__")
        return NotImplemented

print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen))
try:
    issubclass(3, Drawable)
except TypeError as e:
    print(e)
try:
    Drawable.register(3)
except TypeError as e:
    print(e)

class One(ABC):
    @abstractmethod
    def only(self):
        pass
try:
    One()
except TypeError as e:
    print(e)
print(abc.ABC.__name__, One.only.__isabstractmethod__)
