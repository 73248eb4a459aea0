# threading.excepthook: the default report, a replaced hook, the hook's arguments, chaining to __excepthook__
import sys
import threading


def boom(n):
    raise ValueError("boom %d" % n)


def quiet():
    raise SystemExit(3)


seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))
    exc_type, exc_value, exc_tb, thread = args
    print("hook:", exc_type.__name__, exc_value, thread.name, len(args))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
t = threading.Thread(target=boom, args=(1,), name="worker-1")
t.start()
t.join()
print(t.is_alive(), seen)
t = threading.Thread(target=quiet, name="quiet")
t.start()
t.join()
print("after SystemExit:", seen[-1])


def chained(args):
    print("chained hook for", args.thread.name)
    sys.stdout.flush()
    threading.__excepthook__(args)
    print("default hook returned")


threading.excepthook = chained
t = threading.Thread(target=boom, args=(2,), name="worker-2")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=quiet)
t.start()
t.join()
print("SystemExit in a thread is silent")
t = threading.Thread(target=boom, args=(3,), name="worker-3")
t.start()
t.join()
print("main goes on", threading.active_count())


def bad_hook(args):
    raise RuntimeError("hook failed for " + args.thread.name)


threading.excepthook = bad_hook
t = threading.Thread(target=boom, args=(4,), name="worker-4")
t.start()
t.join()
a = threading.ExceptHookArgs([KeyError, KeyError("k"), None, None])
print(a)
print(a.exc_type, a.exc_value, a.thread, tuple(a)[2:], isinstance(a, tuple))
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as exc:
    print("TypeError:", exc)
threading.excepthook = threading.__excepthook__
threading.excepthook(a)
print("direct call of the default hook returned")
