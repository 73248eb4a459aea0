# threading.Thread with target/args and subclassed run, joined before printing; Lock; time.sleep and sleep(0) switch threads; names and active_count
import threading
import time

results = []
lock = threading.Lock()

def worker(n, delay):
    time.sleep(delay)
    with lock:
        results.append(n * n)

threads = [threading.Thread(target=worker, args=(i, 0.01 * (5 - i))) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(threading.current_thread().name, threading.active_count())
print(threads[0].name, threads[0].is_alive())

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i
            if i % 1000 == 0:
                time.sleep(0)

cs = [Counter(10000 * (k + 1)) for k in range(3)]
for c in cs: c.start()
for c in cs: c.join()
print([(c.name, c.total) for c in cs])

# Threads that allocate while the others are parked holding objects.
def churn(k, out):
    keep = {"k": [k]}
    for i in range(2000):
        keep[str(i % 50)] = [i, str(i), (i, k)]
        if i % 100 == 0:
            time.sleep(0)
    out.append((k, len(keep), keep["7"][1], sum(len(v) for v in keep.values())))
outs = []
ws = [threading.Thread(target=churn, args=(k, outs)) for k in range(4)]
for w in ws: w.start()
held = [str(i) for i in range(100)]
for w in ws: w.join()
print(sorted(outs), len(held), held[-1])
