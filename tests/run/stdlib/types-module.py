# types: SimpleNamespace (repr, equality, attributes, errors) and the names of built-in types
import types
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b="two")
print(ns, repr(ns), ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns), sorted(ns.__dict__))
print(SimpleNamespace(), SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) != SimpleNamespace(x=2))
try:
    SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    ns.missing
except AttributeError as e:
    print(e)
print(SimpleNamespace.__hash__)
class Config(SimpleNamespace):
    pass
print(Config(debug=True))
try:
    Config().missing
except AttributeError as e:
    print(e)
inner = SimpleNamespace(x=1)
inner.me = inner
print(inner)

def f():
    pass

def g():
    yield

class C:
    def m(self):
        pass

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType), isinstance(types, types.ModuleType))
print(types.NoneType, types.FunctionType.__name__, type(None) is types.NoneType, types.EllipsisType, types.NotImplementedType)
print(isinstance(f, types.MethodType), isinstance(C.m, types.FunctionType))
Point = types.new_class("Point", (), {}, lambda ns: ns.update({"x": 0}))
print(Point.__name__, Point.x)
