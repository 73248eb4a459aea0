# atexit: os._exit ends the process at once with its status: no atexit
# callback runs (buffered output is flushed by hand first).
import atexit
import os
import sys

atexit.register(print, "never printed")
print("before os._exit")
sys.stdout.flush()
os._exit(4)
print("not reached")
