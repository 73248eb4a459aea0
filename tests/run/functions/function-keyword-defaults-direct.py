# Module-level functions called with keywords and defaults: keywords in
# every order, keyword-only parameters, a shared mutable default, and
# __defaults__ / __kwdefaults__ replaced after the def.


def area(w, h=2, *, scale=1.0, unit="m"):
    return str(w * h * scale) + unit


def collect(x, acc=[]):
    acc.append(x)
    return acc


def combine(a, b=10, c=100):
    return a + b + c


def main():
    print(area(3), area(3, 4), area(h=5, w=2), area(1, scale=2.5), area(unit="cm", w=2, scale=0.5))
    print(combine(1), combine(1, c=2), combine(c=3, a=4), combine(b=5, c=6, a=7), combine(1, 2, 3))
    first = collect(1)
    second = collect(2)
    print(first, second, first is second, collect(3, acc=[]))
    combine.__defaults__ = (20, 200)
    print(combine(1), combine(1, c=2), combine(a=0))
    area.__kwdefaults__ = {"scale": 3.0, "unit": "km"}
    print(area(1), area(1, unit="mm"))
    for call in (lambda: combine(), lambda: combine(1, a=2), lambda: area(1, 2, 3), lambda: area(1, units="x")):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


main()
