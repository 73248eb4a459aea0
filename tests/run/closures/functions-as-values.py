# Functions as values: stored in lists and dicts, passed and returned, a
# pipeline of lambdas, sorting with key lambdas, mutable default arguments.


def compose(funcs):
    def run(x):
        for func in funcs:
            x = func(x)
        return x

    return run


pipeline = compose([lambda x: x + 1, lambda x: x * 10, str, lambda s: s + "!"])
print(pipeline(4))

ops = {"neg": lambda x: -x, "sq": lambda x: x * x, "abs": abs}
print([ops[name](-3) for name in ["neg", "sq", "abs"]])

people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])))


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2), append_to(3, []))


def apply_twice(func, value):
    return func(func(value))


print(apply_twice(lambda v: v * 3, 2))

handlers = []
for label in ["a", "b"]:
    handlers.append(lambda label=label: label * 2)
print([h() for h in handlers])


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(10) for m in make_multipliers()])
print((lambda a, b=2: a ** b)(5), (lambda: None)())
