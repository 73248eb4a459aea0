# Checks isinstance against each built-in type and against tuples of types,
# including bool being a subclass of int.
values = [1, True, 2.5, "s", [1], (1,), {"k": 1}, {1}, None, range(2)]
for value in values:
    print(repr(value), isinstance(value, int), isinstance(value, float), isinstance(value, str),
          isinstance(value, (list, tuple)), isinstance(value, (dict, set)))
print(isinstance(True, bool), isinstance(1, bool), isinstance(1, (str, int)), isinstance(1.0, (int,)))
print(isinstance(ValueError("x"), ValueError), isinstance(KeyError(), LookupError), isinstance(KeyError(), ValueError))
