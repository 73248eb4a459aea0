# timeit: Timer/timeit/repeat/autorange with callables (a fake timer makes
# the results exact), the default 'pass' statement, default_timer, and the
# argument errors.
import time
import timeit

calls = []


def stmt():
    calls.append(1)


ticks = iter(range(0, 10000, 3))


def fake_timer():
    return next(ticks)


t = timeit.Timer(stmt, timer=fake_timer)
print(t.timeit(10), len(calls))
print(t.repeat(3, 5), len(calls))
setups = []
print(timeit.timeit(stmt, setup=lambda: setups.append("s"), timer=fake_timer, number=4), setups, len(calls))
print(timeit.repeat(stmt, lambda: setups.append("r"), fake_timer, 2, 2), setups)
print(timeit.timeit(number=0, timer=fake_timer), timeit.Timer(timer=fake_timer).timeit(7))
print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)

elapsed = timeit.timeit(lambda: sum(range(10)), number=1000)
print(type(elapsed).__name__, elapsed >= 0.0)
times = timeit.repeat(lambda: None, repeat=3, number=100)
print(len(times), all(x >= 0.0 for x in times))


class Clock:
    def __init__(self):
        self.now = 0

    def __call__(self):
        return self.now / 1000

    def advance(self):
        self.now += 1


clock = Clock()
seen = []
print(timeit.Timer(clock.advance, timer=clock).autorange(lambda n, taken: seen.append(n)))
print(seen)

for bad in [lambda: timeit.Timer(5), lambda: timeit.Timer(stmt, 5), lambda: timeit.timeit(None)]:
    try:
        bad()
    except ValueError as exc:
        print("ValueError", exc)
try:
    timeit.Timer(stmt, timer=5).timeit(1)
except TypeError as exc:
    print("TypeError", exc)
try:
    timeit.timeit(lambda: 1 / 0, number=3)
except ZeroDivisionError as exc:
    print("ZeroDivisionError", exc)
print(sorted(timeit.__all__))
