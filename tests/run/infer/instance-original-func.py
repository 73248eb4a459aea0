# `__func__` takes a method's function out of a bound method, so it can be
# called with any `self`: then no method original assumes its `self`.


class Counter:
    def __init__(self, n):
        self.n = n

    def bump(self):
        self.n = self.n + 1
        return self.n


class Other:
    def __init__(self):
        self.n = "a"


def main():
    c = Counter(1)
    print(c.bump())
    raw = c.bump.__func__
    o = Other()
    try:
        print(raw(o))
    except TypeError as e:
        print("TypeError:", e)
    o.n = 2.5
    print(raw(o), c.bump())


main()
