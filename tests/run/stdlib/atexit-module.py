# atexit: callbacks run at exit last registered first, with their
# arguments, after sys.exit (whose status stays); register returns the
# function (decorator use), unregister removes every registration of it,
# _ncallbacks/_clear/_run_exitfuncs (which runs and forgets them), a
# callback registered while they run, and an exception in a callback
# (also SystemExit) reported as "Exception ignored in atexit callback"
# while the others still run.
import atexit
import sys


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


def fail(message):
    raise ValueError(message)


def stop():
    raise SystemExit(7)


class Callable:
    def __init__(self, name):
        self.name = name

    def __call__(self):
        print("callable", self.name)

    def __eq__(self, other):
        return isinstance(other, Callable) and other.name == self.name

    __hash__ = None


# CPython's site may register one callback before the program starts.
BASE = atexit._ncallbacks()
print(atexit.register(show, 1, 2, key="v") is show)


@atexit.register
def decorated():
    print("decorated")


atexit.register(show, "removed")
atexit.register(show, "removed again")
print(atexit._ncallbacks() - BASE)
atexit.unregister(show)
atexit.unregister(len)
print(atexit._ncallbacks() - BASE)

# _run_exitfuncs runs them now and forgets them.
atexit.register(print, "explicit run")
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(print, "cleared")
atexit._clear()
print(atexit._ncallbacks())


def late():
    print("late registration is not run")


def registers():
    print("registers")
    atexit.register(late)


atexit.register(print, "first registered, last run", sep="|", end="!\n")
atexit.register(stop)
atexit.register(Callable("a"))
atexit.register(Callable("b"))
atexit.unregister(Callable("b"))
atexit.register(fail, "callback failed")
atexit.register(registers)
atexit.register(sys.stdout.write, "written\n")

for bad in [lambda: atexit.register(5), lambda: atexit.register(),
            lambda: atexit.unregister(), lambda: atexit.unregister(show, show)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print("end of body")
sys.exit(3)
