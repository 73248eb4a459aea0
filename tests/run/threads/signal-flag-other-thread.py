# A signal that arrives while another thread runs loops is acted on by the
# main thread only: the other thread's loops see the flag and go on, and
# the Python handler runs in the main thread once it polls again.
import os
import signal
import threading

seen = []


def handler(signum, frame):
    seen.append((signum == signal.SIGUSR1, threading.current_thread().name))


signal.signal(signal.SIGUSR1, handler)


def worker(out):
    total = 0
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(200000):
        total += i
    k = 0
    while k < 1000:
        k += 1
    out.append(total + k)


out = []
t = threading.Thread(target=worker, args=(out,), name="worker")
t.start()
t.join()
for _ in range(10):
    pass
print(out)
print(seen)

# Ctrl-C while a worker loops: KeyboardInterrupt is raised in the main
# thread, not in the worker.
signal.signal(signal.SIGINT, signal.default_int_handler)


def interrupter(out):
    os.kill(os.getpid(), signal.SIGINT)
    n = 0
    for i in range(100000):
        n += 1
    out.append(n)


out2 = []
t = threading.Thread(target=interrupter, args=(out2,))
try:
    t.start()
    t.join()
    for _ in range(10):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in", threading.current_thread().name)
t.join()
print(out2)
