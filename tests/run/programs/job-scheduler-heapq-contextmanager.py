# A job scheduler: heapq with (priority, itertools.count(), job) entries and lazy deletion, contextlib.contextmanager timing/trace scopes (exceptions through yield, suppression), ExitStack callbacks, generator-based jobs resumed by send(), retries with a backoff, and a simulated clock.
import heapq
import itertools
from contextlib import ExitStack, contextmanager, suppress


class Clock:
    def __init__(self):
        self.now = 0

    def advance(self, ticks):
        self.now += ticks


clock = Clock()
trace = []


@contextmanager
def scope(name):
    start = clock.now
    trace.append(f"enter {name}@{start}")
    try:
        yield start
    except KeyError as exc:
        trace.append(f"{name} swallowed {exc!r}")
    except Exception as exc:
        trace.append(f"{name} saw {type(exc).__name__}")
        raise
    else:
        trace.append(f"{name} ok")
    finally:
        trace.append(f"leave {name} after {clock.now - start}")


class Job:
    def __init__(self, name, steps, fail_on=None, retries=0):
        self.name, self.steps, self.fail_on, self.retries = name, steps, fail_on, retries
        self.attempt = 0
        self.cancelled = False

    def run(self):
        """A generator: each yield gives the ticks the step took; send() passes the tick."""
        self.attempt += 1
        done = 0
        while done < self.steps:
            now = yield 1 + done % 2
            done += 1
            if self.fail_on == done and self.attempt <= self.retries:
                raise RuntimeError(f"{self.name} failed at step {done} (attempt {self.attempt})")
            if self.fail_on == done and self.retries == 0:
                raise KeyError(self.name)
        return f"{self.name}: {done} steps, finished at {now}"

    def __repr__(self):
        return f"<Job {self.name}>"


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.entries = {}
        self.log = []

    def submit(self, job, priority=5, at=0):
        entry = [at, priority, next(self.counter), job]
        self.entries[job.name] = entry
        heapq.heappush(self.heap, entry)

    def cancel(self, name):
        entry = self.entries.pop(name)
        entry[-1] = None  # lazy deletion: skipped when popped

    def run(self):
        while self.heap:
            at, priority, seq, job = heapq.heappop(self.heap)
            if job is None:
                self.log.append(f"skip cancelled #{seq}")
                continue
            clock.now = max(clock.now, at)
            with scope(job.name):
                result = self.execute(job, priority)
                if result:
                    self.log.append(result)

    def execute(self, job, priority):
        gen = job.run()
        try:
            ticks = next(gen)
            while True:
                clock.advance(ticks)
                ticks = gen.send(clock.now)
        except StopIteration as stop:
            self.entries.pop(job.name, None)
            return stop.value
        except RuntimeError as exc:
            delay = 2 ** job.attempt
            self.log.append(f"{exc}; retry in {delay}")
            self.submit(job, priority - 1, clock.now + delay)
            return None


sched = Scheduler()
sched.submit(Job("backup", 3), priority=7)
sched.submit(Job("email", 2), priority=1)
sched.submit(Job("report", 4, fail_on=2, retries=2), priority=3)
sched.submit(Job("cleanup", 1), priority=9)
sched.submit(Job("index", 2, fail_on=1), priority=2)
sched.submit(Job("late", 1), priority=0, at=30)
sched.cancel("cleanup")
print("queued:", sorted(sched.entries), "heap size", len(sched.heap))
print("smallest:", heapq.nsmallest(2, [(e[0], e[1], e[3].name) for e in sched.heap if e[3]]))
sched.run()
for line in sched.log:
    print(" ", line)
print("clock", clock.now)
print("trace:")
for i in range(0, len(trace), 3):
    print("   ", " | ".join(trace[i:i + 3]))

with ExitStack() as stack:
    order = []
    for name in ("db", "cache", "socket"):
        stack.callback(order.append, f"close {name}")
    stack.enter_context(suppress(ZeroDivisionError))
    order.append("working")
    1 / 0
print(order)

merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5], key=lambda x: x))
print(merged, heapq.nlargest(3, merged), list(itertools.islice(itertools.count(10, 5), 4)))
h = [5, 1, 8, 3]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 2), heapq.heapreplace(h, 7), [heapq.heappop(h) for _ in range(len(h))])
try:
    with scope("outer"):
        with scope("inner"):
            raise ValueError("bad")
except ValueError as exc:
    print("escaped:", exc, trace[-4:])
