# KeyboardInterrupt from os.kill(os.getpid(), SIGINT) and a handler's exception from a signal sent with an enum member: the traceback's frames end at the os.kill line (then the handler's own), with no frame of os or signal.
import os
import signal
import traceback


def interrupt():
    os.kill(os.getpid(), signal.SIGINT)


def frames(exc):
    return [(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in traceback.extract_tb(exc.__traceback__)]


try:
    interrupt()
except KeyboardInterrupt as e:
    print(type(e).__name__, repr(e), frames(e))


def handler(signum, frame):
    raise ValueError(f"handled {signal.Signals(signum).name}")


signal.signal(signal.SIGUSR1, handler)
try:
    os.kill(os.getpid(), signal.Signals.SIGUSR1)
except ValueError as e:
    print(e, frames(e))
print(os.kill.__name__, repr(os.kill))
