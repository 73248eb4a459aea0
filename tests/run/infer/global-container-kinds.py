# Module-level lists and dicts keep their element kinds when every read of
# them is seen (loads of the global), and still get every store: through
# functions, methods of known instances, aliases, and `global` rebinding.
SQUARES = [r * 10 + c for r in range(1, 4) for c in range(1, 4)]
NAMES = {1: "one", 2: "two"}
MIXED = [1, 2, 3]
ALIASED = [4, 5]
REBOUND = [1]


def total():
    t = 0
    for sq in SQUARES:
        t += sq * 2
    return t


def spoil(target):
    target.append("seven")


class Sink:
    def __init__(self, items):
        self.items = items

    def push(self, xs, x):
        xs.append(x)
        return len(xs)


def rebind():
    global REBOUND
    REBOUND = ["a", "b"]


print(total(), SQUARES[-1] + 1)
print(NAMES[1] + "!", sorted(NAMES.items()))
spoil(MIXED)
for m in MIXED:
    print(m * 2)
alias = ALIASED
alias.append(2.5)
print([a * 2 for a in ALIASED])
sink = Sink(MIXED)
print(sink.push(SQUARES, "x"), SQUARES[-1] * 2)
print(sink.items is MIXED, sum(len(str(x)) for x in sink.items))
print(REBOUND[0] + 1)
rebind()
print(REBOUND[0] + "c")
NAMES[3] = 3.5
print(NAMES[3] * 2, [NAMES[k] * 2 for k in NAMES])
