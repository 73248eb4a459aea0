# __format__ on user classes: f-strings, format(), str.format, inherited __format__, a non-str result, the default for classes without one
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return "$" + format(self.cents / 100, spec or ".2f")
    def __str__(self):
        return f"Money({self.cents})"

m = Money(1325)
print(f"{m}|{m:short}|{m:>10.1f}|{m!s}|{m!r:.3}", format(m), format(m, ".3f"), "{0:short} {0}".format(m))
print(str(m), [f"{x:.0f}" for x in [Money(5), Money(250)]])

class Euro(Money):
    pass
print(f"{Euro(99):.1f}")

class Weird:
    def __format__(self, spec):
        return 42
for attempt in [lambda: f"{Weird()}", lambda: format(Weird(), "x"), lambda: "{}".format(Weird())]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)

class Plain:
    def __str__(self):
        return "plain"
print(f"{Plain()}", format(Plain()), f"{Plain()!s:>7}")
try:
    f"{Plain():>5}"
except TypeError as e:
    print("TypeError:", e)

class Tagged(Exception):
    def __format__(self, spec):
        return "E!" + spec
print(f"{Tagged('boom'):x}", f"{ValueError('v')}")
