# inspect: signature of functions (every parameter kind, defaults, annotations), methods, classes, partials, wrapped functions and callables; Parameter/Signature API; bind/bind_partial/apply_defaults errors; the is* predicates, getmembers, getdoc/cleandoc, isabstract, unwrap, get_annotations.
import abc
import functools
import inspect
from typing import List, Optional

def f(a, b: int, /, c=3, *args: str, d, e: "x" = None, **kw) -> Optional[int]:
    """Do f.

       Indented body.
    """

def g(x, y=2, *, z):
    pass

async def co(): pass
def gen(): yield 1

class Shape(abc.ABC):
    """A shape."""
    def __init__(self, name: str, sides: int = 0) -> None:
        self.name = name
    @abc.abstractmethod
    def area(self) -> float: ...
    def describe(self, prefix="") -> str:
        return prefix + self.name
    @classmethod
    def make(cls, n): return cls
    @staticmethod
    def helper(v, w=1): return v

class Square(Shape):
    def area(self): return 1.0

class Plain:
    pass

class Callable:
    def __call__(self, q, *, r=0): return q

sig = inspect.signature(f)
print(sig)
print(repr(sig))
for p in sig.parameters.values():
    print(" ", repr(p), p.name, p.kind, p.kind.description, p.default is p.empty, p.annotation)
print(sig.return_annotation, inspect.signature(g), inspect.signature(lambda *a, **k: 0))
print(inspect.signature(Shape), inspect.signature(Square("s").describe), inspect.signature(Shape.describe))
print(inspect.signature(Shape.make), inspect.signature(Shape.helper), inspect.signature(Plain), inspect.signature(Callable()))
print(inspect.signature(functools.partial(g, 1)), inspect.signature(functools.partial(g, y=5)), inspect.signature(functools.partial(f, 1, 2, 3, 4)))
@functools.wraps(g)
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False), inspect.unwrap(wrapper) is g)
try:
    inspect.signature(5)
except TypeError as e:
    print("TypeError:", e)
s = inspect.signature(g)
for args, kwargs in [((1,), {"z": 3}), ((1, 2, 3), {}), ((1,), {}), ((1,), {"x": 2, "z": 1}), ((1,), {"z": 1, "w": 2})]:
    try:
        b = s.bind(*args, **kwargs)
        print(b, b.args, b.kwargs)
        b.apply_defaults()
        print(b.arguments)
    except TypeError as e:
        print("TypeError:", e)
b = inspect.signature(f).bind(1, 2, 3, "s", "t", d=4, extra=5)
print(b, b.args, b.kwargs)
print(inspect.signature(f).bind_partial(1), s.bind_partial(z=9))
params = [inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY), inspect.Parameter("b", inspect.Parameter.KEYWORD_ONLY, default=2, annotation=int)]
built = inspect.Signature(params, return_annotation=List[int])
print(built, built == inspect.Signature(params, return_annotation=List[int]), built.replace(return_annotation=inspect.Signature.empty))
for bad in ([inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY), inspect.Parameter("b", inspect.Parameter.POSITIONAL_ONLY)],
            [inspect.Parameter("a", 1, default=1), inspect.Parameter("b", 1)],
            [inspect.Parameter("a", 1), inspect.Parameter("a", 3)]):
    try:
        inspect.Signature(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(Square("s").area), inspect.isclass(Shape))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.isroutine(print), inspect.ismodule(inspect))
print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.getmro(Square)[1].__name__)
print(inspect.getdoc(f))
print(repr(inspect.cleandoc("  first\n      a\n    b\n\n")), inspect.getdoc(Square), inspect.getdoc(Plain))
print([name for name, _ in inspect.getmembers(Square("s"), inspect.ismethod)])
print([name for name, _ in inspect.getmembers(Shape) if not name.startswith("_")])
print(inspect.get_annotations(f), inspect.get_annotations(Shape.__init__), inspect.get_annotations(Plain))
print(inspect.Parameter.empty, inspect.Parameter.VAR_KEYWORD, int(inspect.Parameter.KEYWORD_ONLY))
