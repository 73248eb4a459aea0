# Checks that unbound methods of built-in types are one object per method
# (identity, as CPython's type dicts give) and their reprs.
class P:
    pass


class Q:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


print(P.__eq__ is object.__eq__, P.__hash__ is object.__hash__)
print(P.__init__ is object.__init__, Q.__eq__ is object.__eq__)
print(Q.__hash__ is object.__hash__)
print(str.upper is str.upper, int.__add__ is int.__add__)
print(dict.get is dict.get, list.append is list.append)
for owner in (P, Q):
    print(owner.__name__, "overrides __eq__:", owner.__eq__ is not object.__eq__)
print(object.__eq__, object.__init__, object.__repr__)
print(int.__add__, int.__round__, float.__trunc__, str.__format__)
print(str.upper, list.append, dict.get)
methods = {str.upper: "upper", str.lower: "lower"}
print(methods[str.upper], methods[str.lower])
print("".join(f(w) for f, w in zip([str.upper, str.title], ["ab", "cd"])))
