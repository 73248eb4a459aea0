# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty/Full with timeouts, task_done/join with worker threads
import queue
import threading

q = queue.Queue()
for i in range(3): q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
b = queue.Queue(maxsize=1)
b.put("x")
try:
    b.put("y", timeout=0.01)
except queue.Full:
    print("Full", b.full())
lq = queue.LifoQueue(); pq = queue.PriorityQueue(); sq = queue.SimpleQueue()
for v in [3, 1, 2]:
    lq.put(v); pq.put((v, str(v))); sq.put(v)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)])
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

work = queue.Queue()
done = []
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        done.append(item * 10)
        work.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws: w.start()
for i in range(10): work.put(i)
for _ in ws: work.put(None)
work.join()
for w in ws: w.join()
print(sorted(done))

