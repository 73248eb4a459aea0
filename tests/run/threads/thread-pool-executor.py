# concurrent.futures: ThreadPoolExecutor map/submit, as_completed, wait, exceptions through futures, shutdown, pending work finished at exit
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import concurrent.futures
import time

def square(x):
    return x * x
def fail(x):
    raise KeyError(x)
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(8))))
    fs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(fs)))
    bad = ex.submit(fail, "k")
    try:
        bad.result()
    except KeyError as e:
        print("KeyError", e, bad.done(), type(bad.exception()).__name__)
    d, nd = wait(fs)
    print(len(d), len(nd))
    d, nd = wait([ex.submit(square, 3)], return_when=FIRST_COMPLETED)
    print(len(d))
f = concurrent.futures.Future()
print(f.done(), f.cancel(), f.cancelled())
ex = ThreadPoolExecutor(2)
futs = [ex.submit(pow, 2, k) for k in range(5)]
ex.shutdown()
print([x.result() for x in futs])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
ex2 = ThreadPoolExecutor()
def late_work():
    time.sleep(0.05)
    print("late work runs before exit")
late = ex2.submit(late_work)
print("end")
