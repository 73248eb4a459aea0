# `--emit types` for reads of instance dicts: `vars(obj)` on a `Point`
# leaves only `Point` untyped (its attributes `obj`, their values
# escaping), while `Other`, whose dict nothing reads, keeps `float`.
# emit: types


class Point:
    def __init__(self, x):
        self.x = x


class Other:
    def __init__(self, y):
        self.y = y


def fields(obj):
    return vars(obj)


p = Point(1.5)
o = Other(2.5)
print(fields(p), o.y)
