# signal: the Signals/Handlers enums and constants, signal/getsignal with
# Python handlers run at a safe point (after raise_signal and os.kill, in a
# loop, during time.sleep), SIG_IGN/SIG_DFL, alarm, SIGINT's default
# KeyboardInterrupt, strsignal/valid_signals, and the argument errors.
import os
import signal
import threading
import time

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, signal.Signals(15))
print(repr(signal.SIGIOT), repr(signal.SIGCLD), signal.SIGRTMIN, signal.SIGRTMAX, signal.NSIG)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_IGN == 1, isinstance(signal.SIGUSR1, int))
print([s.name for s in signal.Signals][:6], len(signal.Signals))
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
print(signal.default_int_handler)

got = []


def handler(signum, frame):
    got.append(signum)
    print("handler", signum, type(signum).__name__, signum == signal.SIGUSR1)


old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", got)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler, repr(signal.getsignal(signal.SIGUSR1)))


class Alarm(Exception):
    pass


def on_alarm(signum, frame):
    raise Alarm("alarm %d" % signum)


signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(1))
try:
    time.sleep(5)
except Alarm as exc:
    print("sleep interrupted:", exc)
signal.alarm(1)
n = 0
try:
    while True:
        n += 1
except Alarm as exc:
    print("loop interrupted:", exc, n > 0)
print(signal.alarm(100) == 0, signal.alarm(0) in (99, 100))

# A handler that returns lets the sleep go on to its end.
ticks = []
signal.signal(signal.SIGALRM, lambda signum, frame: ticks.append(signum))
start = time.monotonic()
signal.alarm(1)
time.sleep(1.5)
print("slept through", ticks, time.monotonic() - start >= 1.4)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as exc:
    print("KeyboardInterrupt", repr(exc))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("ignored", repr(signal.getsignal(signal.SIGUSR2)))
signal.signal(signal.SIGUSR2, 1)
print(repr(signal.getsignal(signal.SIGUSR2)))

print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(40))
valid = signal.valid_signals()
print(len(valid), signal.SIGINT in valid, 32 in valid, 34 in valid, min(valid), max(valid))

for args in [(0, signal.SIG_DFL), (65, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN),
             (signal.SIGSTOP, handler), (2, 5), (2, "x"), (2, None), ("2", signal.SIG_DFL),
             (2.0, signal.SIG_DFL)]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError, OSError) as exc:
        print(type(exc).__name__, exc)
for bad in (0, 99, -1, "x"):
    try:
        signal.getsignal(bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
for bad in (0, 65):
    try:
        signal.strsignal(bad)
    except ValueError as exc:
        print(type(exc).__name__, exc)
try:
    signal.alarm("x")
except TypeError as exc:
    print(type(exc).__name__, exc)

errors = []


def in_thread():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as exc:
        errors.append(str(exc))


t = threading.Thread(target=in_thread)
t.start()
t.join()
print(errors)

# A handler's exception propagates from where the main thread was.
signal.signal(signal.SIGUSR1, on_alarm)


def work():
    for i in range(10):
        if i == 3:
            os.kill(os.getpid(), signal.SIGUSR1)
        print("step", i)


try:
    work()
except Alarm as exc:
    print("work stopped:", exc)
