# A plugin registry: class decorators and decorator factories, __init_subclass__ registration, functools.wraps/partial/lru_cache/singledispatch, inspect.signature basics, typing annotations (Protocol, TypeVar, Generic, Optional, Callable), __call__, classmethod/staticmethod.
import functools
import inspect
from typing import Callable, Dict, Generic, List, Optional, Protocol, TypeVar, Any

T = TypeVar("T")
REGISTRY: Dict[str, Callable[..., Any]] = {}

def plugin(name: Optional[str] = None, *, priority: int = 0):
    def decorate(func):
        key = name or func.__name__
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            print(f"[{key}] called with {args} {kwargs}")
            return func(*args, **kwargs)
        wrapper.priority = priority
        REGISTRY[key] = wrapper
        return wrapper
    return decorate

@plugin()
def upper(text: str) -> str:
    """Upper-case the text."""
    return text.upper()

@plugin("rev", priority=5)
def reverse(text: str, times: int = 1) -> str:
    for _ in range(times):
        text = text[::-1]
    return text

class Base:
    handlers: List[type] = []
    def __init_subclass__(cls, /, tag: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag or cls.__name__.lower()
        Base.handlers.append(cls)
    def __call__(self, value):
        return f"{self.tag}:{self.handle(value)}"

class Doubler(Base, tag="dbl"):
    def handle(self, value):
        return value * 2

class Echo(Base):
    def handle(self, value):
        return value

class Greeter(Protocol):
    def greet(self, who: str) -> str: ...

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def map(self, f: Callable[[T], T]) -> "Box[T]":
        return Box(f(self.item))
    def __repr__(self):
        return f"Box({self.item!r})"
    @classmethod
    def of(cls, item):
        return cls(item)
    @staticmethod
    def empty():
        return Box(None)

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"

@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

for key in sorted(REGISTRY, key=lambda k: -REGISTRY[k].priority):
    print(key, REGISTRY[key].__name__, REGISTRY[key].__doc__, REGISTRY[key].priority)
print(REGISTRY["upper"]("abc"), REGISTRY["rev"]("abc", times=3))
print(upper.__wrapped__("x"), upper.__annotations__)
sig = inspect.signature(reverse)
print(sig, list(sig.parameters), sig.parameters["times"].default, sig.return_annotation)
print([h.__name__ for h in Base.handlers], [h()(21) for h in Base.handlers])
print(Box.of(3).map(lambda v: v + 1), Box.empty(), Box[int])
print(describe(3), describe([1, 2]), describe("s"), describe(True))
print(fib(60), fib.cache_info().hits > 0)
bump = functools.partial(reverse, times=2)
print(bump("xy"), bump.func.__name__, bump.keywords)
print(inspect.isfunction(upper), inspect.isclass(Box), callable(Echo()), inspect.getdoc(upper))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), Greeter.__name__)
