# threading.excepthook replaced by the program, SystemExit in a thread ends it quietly, objects held only by parked threads survive collections, enumerate/active_count while threads wait
import threading
import gc

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook

def bad(x):
    raise LookupError("missing %s" % x)
def leave():
    raise SystemExit(3)
ts = [threading.Thread(target=bad, args=(k,), name="bad-%d" % k) for k in range(3)]
ts.append(threading.Thread(target=leave, name="leaver"))
for t in ts: t.start()
for t in ts: t.join()
print(sorted(caught))
threading.excepthook = threading.__excepthook__

gate = threading.Event()
ready = threading.Semaphore(0)
results = {}
def holder(k):
    mine = {"key%d" % i: [k, i, "v" * (i % 5)] for i in range(200)}
    tail = tuple(range(k, k + 50))
    ready.release()
    gate.wait()
    results[k] = (len(mine), mine["key199"], sum(tail))
hs = [threading.Thread(target=holder, args=(k,)) for k in range(4)]
for h in hs: h.start()
for _ in hs: ready.acquire()
print(threading.active_count(), len(threading.enumerate()))
junk = [[str(i)] * 3 for i in range(1000)]
del junk
gc.collect()
gate.set()
for h in hs: h.join()
print(sorted(results.items()))
print(threading.active_count())

mods = []
def importer():
    import math
    mods.append(math)
it = threading.Thread(target=importer)
it.start(); it.join()
import math
print(mods[0] is math, math.sqrt(16.0))
