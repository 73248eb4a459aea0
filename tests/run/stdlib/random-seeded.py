# Checks that `random` with a seed gives CPython's numbers bit for bit
# (issue #4): the Mersenne Twister seeded by int, random(), getrandbits,
# randrange/randint, choice, shuffle, sample, choices, uniform, gauss and
# the other distributions, `Random` instances and getstate/setstate.
import random

for seed in [0, 1, 42, -42, 2 ** 32, 2 ** 100 + 7, 12345678901234567890]:
    random.seed(seed)
    print(seed, random.random(), random.random(), random.getrandbits(1), random.getrandbits(31),
          random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))

for seed in ["hello", "", "\u00e9t\u00e9", b"abc", b"\x00" * 130]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(40))
    print(random.Random(seed).random())

random.seed(2024)
print([random.randrange(10) for i in range(15)])
print([random.randrange(-5, 5) for i in range(10)], [random.randrange(0, 100, 7) for i in range(10)])
print([random.randrange(10, 0, -3) for i in range(10)], random.randrange(10 ** 30))
print([random.randint(1, 6) for i in range(20)], random.randint(-10 ** 20, 10 ** 20))
print([random.choice("abcdefg") for i in range(10)], random.choice([1, 2, 3]), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10), random.sample("abcdefghij", 4), random.sample([1, 2, 3], 3))
print(random.sample(range(10 ** 6), 8), random.sample(["x", "y"], 5, counts=[2, 3]))
print(random.choices("abc", k=8), random.choices([1, 2, 3], weights=[1, 0, 5], k=6))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=5), random.choices(range(3)))
print(random.uniform(1, 2), random.uniform(-1.5, 3.5), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(), random.gauss(5, 2), random.normalvariate(), random.normalvariate(1, 3))
print(random.expovariate(1.5), random.lognormvariate(0, 1), random.paretovariate(2), random.weibullvariate(1, 2))

gen = random.Random(7)
other = random.Random(7)
print(gen.random() == other.random(), gen.randint(1, 100), other.randint(1, 100), gen.getrandbits(64))
state = gen.getstate()
first = [gen.random() for i in range(3)]
gen.setstate(state)
print(first == [gen.random() for i in range(3)], len(state[1]), state[0], state[2])
gen.seed(3.5)
print(gen.random())
gen.seed(True)
print(gen.random())


def attempt(func, *args, **kwargs):
    try:
        return repr(func(*args, **kwargs))
    except (ValueError, TypeError, IndexError) as e:
        return type(e).__name__ + ": " + str(e)


print(attempt(random.randrange, 0), attempt(random.randrange, 5, 5), attempt(random.randrange, 1, 10, 0))
print(attempt(random.randrange, 10, 1), attempt(random.randrange, 10, 1, 2))
print(attempt(random.randrange, 5, step=2), attempt(random.randint, 3, 1), attempt(random.choice, []))
print(attempt(random.sample, [1, 2], 3), attempt(random.sample, {1, 2}, 1), attempt(random.getrandbits, -1))
print(attempt(random.choices, "ab", [1]), attempt(random.choices, "ab", 2), attempt(random.choices, "ab", [0, 0]))
print(attempt(random.choices, "ab", [1, 1], cum_weights=[1, 2]), attempt(random.sample, "ab", 1, counts=[1]))
print(attempt(random.seed, [1]), random.getrandbits(0))
random.seed()
print(0.0 <= random.random() < 1.0)
