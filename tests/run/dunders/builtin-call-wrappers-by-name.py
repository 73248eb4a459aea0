# The slot wrappers that call whole builtins (__round__, __reversed__,
# __dir__, __divmod__, __rdivmod__), which an executable links only when the
# program names them: reached as attributes, unbound, through super(), and
# shown with CPython's kinds.
print((2.675).__round__(2), (7).__round__(), (1234).__round__(-2))
print((7).__divmod__(2), (7).__rdivmod__(20), (7.5).__divmod__(2))
print((7).__divmod__("a"), (2.0).__rdivmod__(9))
print(list([1, 2, 3].__reversed__()), list(range(4).__reversed__()))
print(int.__divmod__(9, 4), float.__round__(2.5), list(list.__reversed__([4, 5])))
print(int.__divmod__, float.__round__, list.__reversed__)
print(hasattr(5, "__round__"), hasattr(5, "__reversed__"), hasattr([], "__reversed__"))


class Items(list):
    def __dir__(self):
        return ["own"] + [n for n in super().__dir__() if n in ("append", "__len__")]

    def __round__(self, n=None):
        return ("round", n, super().__len__())


items = Items([1, 2])
print(dir(items), round(items), round(items, 3))
print(sorted(object().__dir__())[:3], "__dir__" in (5).__dir__())
try:
    (5).__round__(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__divmod__("x", 2)
except TypeError as e:
    print("TypeError:", e)
