# PEP 585 and PEP 560: subscripting built-in types gives generic aliases
# (printing as list[int], calling their origin), __class_getitem__ on user
# classes, __mro_entries__ on non-class bases (with __orig_bases__), and a
# user __hash__ returning a large int kept as CPython keeps it.
aliases = [list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[bytes], type[int], tuple[()]]
for alias in aliases:
    print(alias)
print(list[int]("ab"), dict[str, int](a=1), list[int] == list[int], list[int] == list[str])
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__)

def annotated(x: list[int], y: dict[str, "Later"] = None) -> tuple[int, str]:
    return (len(x), "ok")

print(annotated([1, 2]))

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"

class SubBox(Box):
    pass

print(Box[int], SubBox[str], Box["x"])
for bad in (int, Box.__mro__[-1]):
    try:
        bad[int]
    except TypeError as e:
        print("TypeError", e)

class Plain:
    pass

class Entry:
    def __mro_entries__(self, bases):
        print("entries for", len(bases), "bases")
        return (Plain,)

class Made(Entry(), dict):
    pass

print(Made.__mro__, Made.__orig_bases__[1], Made.__bases__)

class BigHash:
    def __hash__(self):
        return 2 ** 62 + 12345

class NegOne:
    def __hash__(self):
        return -1

class Huge:
    def __hash__(self):
        return 2 ** 80

print(hash(BigHash()), hash(NegOne()), hash(Huge()))
