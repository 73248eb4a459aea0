# Checks `del` of attribute targets mixed with names and subscripts in
# tuples and lists, deletion order with errors part way, the `delattr`
# builtin's argument checks, and deletion on functions, modules, exceptions
# and built-in objects with CPython's messages.
import sys


class Box:
    pass


b = Box()
b.a, b.b, b.c = 1, 2, 3
items = [10, 20, 30]
name = "n"
del b.a, items[0], name
print(hasattr(b, "a"), items)
try:
    print(name)
except NameError as e:
    print("NameError:", e)
del (b.b, [items[-1]])
print(hasattr(b, "b"), items)
try:
    del b.c, b.zz, items[0]
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(b, "c"), items)

chain = Box()
chain.inner = Box()
chain.inner.leaf = "x"
del chain.inner.leaf
print(hasattr(chain.inner, "leaf"))

for args in [(b,), (b, "a", 1), (b, 1)]:
    try:
        delattr(*args)
    except TypeError as e:
        print("TypeError:", e)


def f(x=1):
    return x


f.tag = "t"
del f.tag
print(hasattr(f, "tag"))
del f.__defaults__
print(f.__defaults__)
for attr in ["tag", "__name__", "__qualname__"]:
    try:
        delattr(f, attr)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

exc = ValueError("v")
for attr in ["args", "__cause__", "__context__", "__suppress_context__", "nothing"]:
    try:
        delattr(exc, attr)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
exc.add_note("note")
del exc.__notes__
print(hasattr(exc, "__notes__"))

for obj, attr in [(1, "real"), (1, "bit_length"), (1, "nope"), ("s", "upper"), ([], "x")]:
    try:
        delattr(obj, attr)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del int.real
except TypeError as e:
    print("TypeError:", e)
try:
    del sys.version_info.major
except AttributeError as e:
    print("AttributeError:", e)
try:
    del sys.nonexistent_attribute
except AttributeError as e:
    print("AttributeError:", e)
