# threading's synchronisation objects across threads: Condition, Event, Semaphore, BoundedSemaphore, RLock, Lock timeouts, Barrier, Timer
import threading
import time

cond = threading.Condition()
items = []
def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()
        time.sleep(0.001)
got = []
def consumer():
    while len(got) < 5:
        with cond:
            while not items:
                cond.wait()
            got.append(items.pop(0))
c = threading.Thread(target=consumer); p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
print("got", got)

ev = threading.Event()
seen = []
def waiter(k):
    ev.wait()
    seen.append(k)
ws = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
for w in ws: w.start()
time.sleep(0.01)
print("before set", seen, ev.is_set())
ev.set()
for w in ws: w.join()
print("after set", sorted(seen))
print("wait timeout", threading.Event().wait(0.01))

sem = threading.Semaphore(2)
active = [0]; peak = [0]
def limited():
    with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak", peak[0])
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)

r = threading.RLock()
with r:
    with r:
        print("rlock nested ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
l = threading.Lock()
print(l.acquire(), l.acquire(False), l.acquire(True, 0.01), l.locked())
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)

bar = threading.Barrier(3)
order = []
def phase(k):
    order.append(("a", k))
    i = bar.wait()
    order.append(("b", k))
bs = [threading.Thread(target=phase, args=(k,)) for k in range(3)]
for t in bs: t.start()
for t in bs: t.join()
print([x for x, _ in order])

fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start(); tm.join()
tm2 = threading.Timer(10, fired.append, args=["never"])
tm2.start(); tm2.cancel(); tm2.join()
print(fired)

