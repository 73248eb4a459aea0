# with targets: tuple unpacking, attribute and subscript targets, __enter__ returning self, nesting inside try/finally.
class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, exc_type, exc, tb):
        print("pair exit")
        return False


class SelfManager:
    def __init__(self):
        self.open = False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False


with Pair() as (a, b):
    print(a + b)


class Holder:
    pass


h = Holder()
slots = {}
with Pair() as h.value, Pair() as slots["k"]:
    print(h.value, slots)

m = SelfManager()
with m as same:
    print(same is m, m.open)
print(m.open)

try:
    with SelfManager() as s:
        print("inside", s.open)
        raise ValueError("x")
finally:
    print("finally", s.open)
