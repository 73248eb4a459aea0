# A log-processing pipeline of generators in classes: generator expressions, yield from, send and StopIteration values, recursive generators
class LogRecord:
    def __init__(self, ts, level, msg):
        self.ts, self.level, self.msg = ts, level, msg
    def __repr__(self):
        return f"LogRecord({self.ts}, {self.level!r}, {self.msg!r})"

RAW = """\
1 INFO start
2 DEBUG details here
3 ERROR disk full
bad line
4 WARN slow
5 ERROR timeout
6 INFO done"""

class Pipeline:
    def __init__(self, text):
        self.text = text
        self.skipped = 0
    def lines(self):
        for line in self.text.splitlines():
            yield line.strip()
    def parse(self):
        for line in self.lines():
            parts = line.split(" ", 2)
            if len(parts) < 3 or not parts[0].isdigit():
                self.skipped += 1
                continue
            yield LogRecord(int(parts[0]), parts[1], parts[2])
    def only(self, *levels):
        return (r for r in self.parse() if r.level in levels)
    def __iter__(self):
        yield from self.parse()

p = Pipeline(RAW)
print(list(p.only("ERROR")), p.skipped)
print(sum(1 for _ in p), max(r.ts for r in p), sorted({r.level for r in p}))
print({lvl: sum(1 for r in p if r.level == lvl) for lvl in ("INFO", "ERROR")})
print(any(r.msg.startswith("disk") for r in p), all(r.ts > 0 for r in p), ", ".join(r.msg for r in p.only("WARN", "INFO")))

def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count

gen = running_avg()
next(gen)
print([gen.send(v) for v in [10, 20, 60]])
try:
    gen.send(None)
except StopIteration as stop:
    print("finished", stop.value)

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(chunks("abcdefg", 3)), list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
it = fib()
print([next(it) for _ in range(10)], list(zip(range(3), fib())))
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def depth_first(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), ["  " * d + str(v) for d, v in t.depth_first()], sorted(t, reverse=True))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
