# list(), tuple() and list.extend() iterate a list or tuple subclass
# through its own __iter__ (only exact lists and tuples are copied
# directly), a list extended by itself copies it once, and complex()
# calls a user class's __complex__ first (its result must be a complex).
class T(tuple):
    def __iter__(self):
        return iter([9, 8])


class L(list):
    def __iter__(self):
        return iter(["x"])


print(tuple(T((1, 2, 3))), list(T((1, 2))), len(T((1, 2, 3))))
print(tuple(L([1, 2])), list(L([1])), sorted(L([3, 1])))
base = [1, 2]
base.extend(L([5, 6]))
base.extend(T((7,)))
print(base)
own = L([1, 2])
own.extend(own)
print(len(own), own[:])
plain = [1, 2]
plain.extend(plain)
print(plain)


class C:
    def __complex__(self):
        return 1 + 2j


class Bad:
    def __complex__(self):
        return 3.5


print(complex(C()), complex(C(), 1), complex(2j), complex(1, 2j))
try:
    complex(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    complex(object())
except TypeError as e:
    print("TypeError:", e)
