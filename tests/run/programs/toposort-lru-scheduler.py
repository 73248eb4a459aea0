# A dependency graph with topological sort, an LRU cache class and a priority scheduler with __lt__ and try/except/else/finally
class CycleError(Exception):
    pass

class Graph:
    def __init__(self):
        self.edges = {}
    def add(self, node, *deps):
        self.edges.setdefault(node, set()).update(deps)
        for d in deps:
            self.edges.setdefault(d, set())
        return self
    def toposort(self):
        indeg = {n: len(d) for n, d in self.edges.items()}
        users = {n: [] for n in self.edges}
        for n, deps in self.edges.items():
            for d in deps:
                users[d].append(n)
        ready = sorted([n for n, k in indeg.items() if k == 0])
        order = []
        while ready:
            n = ready.pop(0)
            order.append(n)
            for u in sorted(users[n]):
                indeg[u] -= 1
                if indeg[u] == 0:
                    ready.append(u)
            ready.sort()
        if len(order) != len(self.edges):
            stuck = sorted([n for n in self.edges if n not in order])
            raise CycleError(f"cycle among {', '.join(stuck)}")
        return order

g = Graph().add("app", "lib", "util").add("lib", "util", "core").add("util", "core").add("tests", "app")
print(g.toposort())
g.add("core", "app")
try:
    g.toposort()
except CycleError as e:
    print("CycleError:", e)

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            v = self.data.pop(key)
            self.data[key] = v
            return v
        self.misses += 1
        v = compute(key)
        self.data[key] = v
        if len(self.data) > self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
        return v
    def __contains__(self, k): return k in self.data
    def __len__(self): return len(self.data)
    def __repr__(self): return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"

cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 1]:
    cache.get(k, lambda x: x * x)
print(cache, 1 in cache, 3 in cache, len(cache))

class Task:
    seq = 0
    def __init__(self, prio, name, action):
        Task.seq += 1
        self.prio, self.name, self.action, self.order = prio, name, action, Task.seq
    def __lt__(self, other):
        return (self.prio, self.order) < (other.prio, other.order)
    def __repr__(self):
        return f"<{self.name}:{self.prio}>"

class Scheduler:
    def __init__(self):
        self.queue = []
        self.done = []
    def push(self, task):
        self.queue.append(task)
        self.queue.sort()
    def run(self):
        while self.queue:
            t = self.queue.pop(0)
            try:
                result = t.action()
            except Exception as e:
                result = f"failed ({type(e).__name__}: {e})"
            else:
                if isinstance(result, Task):
                    self.push(result)
                    result = f"spawned {result!r}"
            finally:
                self.done.append(t.name)
            print(f"{t.name:>8} -> {result}")

s = Scheduler()
log = []
def make_action(n):
    def act():
        log.append(n)
        return n * 10
    return act
s.push(Task(3, "low", make_action(3)))
s.push(Task(1, "high", make_action(1)))
s.push(Task(2, "mid", lambda: Task(0, "child", lambda: 1 / 0)))
s.push(Task(1, "high2", lambda: {}["k"]))
print(s.queue)
s.run()
print(s.done, log, sorted(s.done, key=len), sorted(s.done, key=lambda n: (-len(n), n)))
