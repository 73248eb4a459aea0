# Checks that a Python signal handler run from a loop's signal poll leaves
# the loop's values intact (ints, floats, a big int, a str and a list held
# across the poll while the handler does float arithmetic, allocates and
# collects), and that a handler's exception leaves the loop through its
# handler with the loop's frame outermost and the handler's innermost in
# the traceback.
import gc
import os
import signal
import subprocess
import traceback

seen = []


def handler(signum, frame):
    junk = [float(i) * 1.5 for i in range(2000)]
    total = 0.0
    for v in junk:
        total += v / 3.0
    gc.collect()
    seen.append(round(total))


def spin():
    child = subprocess.Popen(["sh", "-c", "sleep 0.3; kill -USR1 %d" % os.getpid()])
    x = 0.25
    y = 1.5
    k = 7
    big = 10**30
    name = "loop"
    items = [str(i) for i in range(5)]
    n = 0
    while not seen:
        n += 1
        x = x * 1.0 + 0.0
        y = y - 0.0
        k = k ^ 0
    child.wait()
    print(x, y, k, big + 1, name, items, n > 0, seen)


signal.signal(signal.SIGUSR1, handler)
spin()


def raiser(signum, frame):
    raise RuntimeError("from the handler")


def spin_until_raised():
    child = subprocess.Popen(["sh", "-c", "sleep 0.3; kill -USR1 %d" % os.getpid()])
    total = 0.0
    count = 0
    try:
        while True:
            total += 0.5
            count += 1
    except RuntimeError as exc:
        names = [entry.name for entry in traceback.extract_tb(exc.__traceback__)]
        print("stopped:", exc, total == count * 0.5, names[0], names[-1])
    child.wait()


signal.signal(signal.SIGUSR1, raiser)
spin_until_raised()
