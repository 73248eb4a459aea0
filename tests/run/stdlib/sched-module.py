# sched: a scheduler on a fake clock (enter, enterabs, priorities, equal
# times in insertion order, cancel, queue, empty, run with and without
# blocking, kwargs, events scheduled from an action) and the real clock.
import sched
import time


class FakeClock:
    def __init__(self):
        self.now = 100.0
        self.slept = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


clock = FakeClock()
s = sched.scheduler(clock.time, clock.sleep)
log = []


def action(name, extra=None):
    log.append((clock.now, name, extra))


e1 = s.enter(5, 1, action, ("five",))
e2 = s.enter(2, 2, action, ("two-low",))
e3 = s.enter(2, 1, action, ("two-high",))
e4 = s.enterabs(103, 1, action, argument=("abs",), kwargs={"extra": "kw"})
e5 = s.enter(2, 1, action, ("two-high-later",))
e6 = s.enter(10, 1, action, ("cancelled",))
print(e1._replace(action=None))
print([e.argument[0] for e in s.queue], s.empty())
print(e2.time, e2.priority, e2.sequence, e2.action is action, e2.kwargs)
s.cancel(e6)
try:
    s.cancel(e6)
except ValueError as exc:
    print("ValueError", exc)
print(s.run(blocking=False), log)
s.run()
print(log)
print(clock.slept, s.empty(), s.queue, s.run(blocking=False))


def chain(n):
    log.append(("chain", n, clock.now))
    if n < 3:
        s.enter(1, 1, chain, (n + 1,))


log.clear()
s.enter(0, 1, chain, (1,))
s.run()
print(log)

real = sched.scheduler(time.monotonic, time.sleep)
order = []
start = time.monotonic()
real.enterabs(start + 0.02, 1, order.append, ("b",))
real.enterabs(start + 0.01, 1, order.append, ("a",))
real.enterabs(start + 0.01, 0, order.append, ("first",))
real.run()
print(order, time.monotonic() - start >= 0.015)
print(sched.Event._fields, sched.__all__)
print(sched.Event(1, 2, 3, None, (), {}) < sched.Event(1, 2, 4, None, (), {}))
