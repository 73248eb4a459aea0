# threading.local per thread, an uncaught exception in a thread (printed, program goes on), join/start errors, main_thread, a daemon thread left running at exit
import threading
import time

loc = threading.local()
loc.x = "main"
out = []
def setloc(k):
    loc.x = k
    time.sleep(0.001)
    out.append(loc.x)
ls = [threading.Thread(target=setloc, args=(k,)) for k in range(3)]
for t in ls: t.start()
for t in ls: t.join()
print(sorted(out), loc.x)

def boom():
    raise ValueError("bad thing")
t = threading.Thread(target=boom, name="boomer")
t.start(); t.join()
print("after boom", t.is_alive())
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print(e)
t.join()
print(threading.main_thread() is threading.current_thread())
d = threading.Thread(target=time.sleep, args=(100,), daemon=True)
d.start()
print("daemon", d.daemon, d.is_alive())
