# Checks that SIGINT raises KeyboardInterrupt in a program that never
# imports `signal` (CPython installs its handler at start-up): right after
# `os.kill`, in a busy loop interrupted by another process, through
# `finally` and `with` (an uncaught one prints its traceback and kills the
# process by SIGINT, which the expectations cannot record).
import os
import subprocess

try:
    os.kill(os.getpid(), 2)
    print("not reached")
except KeyboardInterrupt as e:
    print("caught after kill:", repr(e), e.args)

try:
    os.kill(os.getpid(), 2)
except BaseException as e:
    print("as BaseException:", type(e).__name__, isinstance(e, Exception))


def spin():
    # The child may signal before `Popen` returns (a loaded machine), so
    # it is started inside the `try`.
    child = None
    try:
        child = subprocess.Popen(["sh", "-c", "kill -INT %d" % os.getpid()])
        while True:
            pass
    except KeyboardInterrupt:
        print("loop interrupted")
    if child is not None:
        child.wait()


spin()


class Guard:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__)
        return False


try:
    try:
        with Guard():
            os.kill(os.getpid(), 2)
    finally:
        print("finally ran")
    print("not reached either")
except KeyboardInterrupt:
    print("caught outside")
