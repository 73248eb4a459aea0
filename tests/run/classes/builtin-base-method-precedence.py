# A built-in base that comes before a user mixin in the MRO provides its
# special methods first (str's __eq__ and __hash__, list's __len__,
# BaseException's __str__), while the class's own methods still win.
class Loud:
    def __eq__(self, other):
        return "mixin eq"
    def __hash__(self):
        return 7
    def __len__(self):
        return 99
    def __str__(self):
        return "mixin str"

class Name(str, Loud):
    pass

n = Name("abc")
print(n == "abc", n == "x", hash(n) == hash("abc"), len(n), str(n), Name.__mro__)

class Items(list, Loud):
    pass

items = Items([1, 2])
print(len(items), items == [1, 2], str(items))

class Problem(Exception, Loud):
    pass

print(str(Problem("boom")), len(Problem()))

class Own(str, Loud):
    def __eq__(self, other):
        return "own eq"
    __hash__ = str.__hash__

print(Own("q") == "q", hash(Own("q")) == hash("q"))

class MixinFirst(Loud, str):
    pass

print(MixinFirst("z") == "z", len(MixinFirst("z")), str(MixinFirst("z")))
