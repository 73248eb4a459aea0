# atexit: after an uncaught exception its traceback is printed first, then
# the callbacks run; the exit status is the exception's (1).
import atexit


def bye(who):
    print("bye", who)


atexit.register(bye, "first")
atexit.register(bye, "second")
print("raising")
raise KeyError("missing")
