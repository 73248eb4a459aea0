# A Python signal handler raising for a signal this process sends itself (an enum member as the signal): the traceback shows the os.kill line, then the handler's frame, nothing of os or signal.
import os
import signal


def handler(signum, frame):
    raise ValueError(f"handled {signal.Signals(signum).name}")


signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.Signals.SIGUSR1)
