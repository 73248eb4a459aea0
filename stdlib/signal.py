"""Set handlers for asynchronous events: `signal`, `getsignal`, `alarm`,
`raise_signal`, `pause`, `strsignal`, `valid_signals`, `default_int_handler`,
the `Signals`, `Handlers` and `Sigmasks` enums and the signal constants.

typhon's version of CPython 3.11's `signal` over the native `_signal`
(runtime/src/modules/signal.rs). As in CPython, the C-level handler only
records a signal; its Python handler runs later in the main thread, at a
safe point: the next turn of a loop, the return of `time.sleep`, `pause`,
`raise_signal` or `os.kill`. A handler is called with the signal number
and None (typhon has no frame objects to pass).
"""

import _signal
from enum import IntEnum as _IntEnum

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


SIGHUP = Signals.SIGHUP
SIGINT = Signals.SIGINT
SIGQUIT = Signals.SIGQUIT
SIGILL = Signals.SIGILL
SIGTRAP = Signals.SIGTRAP
SIGABRT = Signals.SIGABRT
SIGIOT = Signals.SIGIOT
SIGBUS = Signals.SIGBUS
SIGFPE = Signals.SIGFPE
SIGKILL = Signals.SIGKILL
SIGUSR1 = Signals.SIGUSR1
SIGSEGV = Signals.SIGSEGV
SIGUSR2 = Signals.SIGUSR2
SIGPIPE = Signals.SIGPIPE
SIGALRM = Signals.SIGALRM
SIGTERM = Signals.SIGTERM
SIGSTKFLT = Signals.SIGSTKFLT
SIGCHLD = Signals.SIGCHLD
SIGCLD = Signals.SIGCLD
SIGCONT = Signals.SIGCONT
SIGSTOP = Signals.SIGSTOP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ
SIGVTALRM = Signals.SIGVTALRM
SIGPROF = Signals.SIGPROF
SIGWINCH = Signals.SIGWINCH
SIGIO = Signals.SIGIO
SIGPOLL = Signals.SIGPOLL
SIGPWR = Signals.SIGPWR
SIGSYS = Signals.SIGSYS
SIGRTMIN = Signals.SIGRTMIN
SIGRTMAX = Signals.SIGRTMAX
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK

default_int_handler = _signal.default_int_handler


class ItimerError(OSError):
    pass


def _int_to_enum(value, enum_klass):
    """`value` as a member of `enum_klass` when it is one, else as is."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _signum(signalnum):
    """The int `signalnum`, checked as CPython's argument converter does."""
    if isinstance(signalnum, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    signalnum = int(signalnum)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError("signal number out of range")
    return signalnum


# The Python-level handler of each signal: SIG_DFL, SIG_IGN, a callable,
# or None for a C-level handler typhon did not install.
_handlers = {}
for _n in range(1, NSIG):
    if _n in (32, 33):
        continue
    _kind = _signal.disposition(_n)
    if _kind == 0:
        _handlers[_n] = Handlers.SIG_DFL
    elif _kind == 1:
        _handlers[_n] = Handlers.SIG_IGN
    else:
        _handlers[_n] = None
if _handlers[2] is None:
    # `_signal` installed the handler that raises KeyboardInterrupt.
    _handlers[2] = default_int_handler
del _n, _kind


def _enum_to_int(value):
    """`int(value)` when that works (CPython's wrapper converts both
    arguments of `signal` so, strings of digits included), else `value`."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _is_handler_constant(handler, value):
    return isinstance(handler, int) and handler == value


def signal(signalnum, handler):
    """Set the action for the signal `signalnum` to `handler` (`SIG_DFL`,
    `SIG_IGN` or a callable taking the signal number and a frame); returns
    the previous action."""
    if not _signal.is_main_thread():
        raise ValueError("signal only works in main thread of the main interpreter")
    signalnum = _signum(_enum_to_int(signalnum))
    handler = _enum_to_int(handler)
    if _is_handler_constant(handler, 1):
        mode = 1
    elif _is_handler_constant(handler, 0):
        mode = 0
    elif not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    else:
        mode = 2
    _signal.install(signalnum, mode)
    old = _handlers.get(signalnum)
    _handlers[signalnum] = handler
    return _int_to_enum(old, Handlers)


def getsignal(signalnum):
    """The current action for the signal `signalnum`: `SIG_DFL`, `SIG_IGN`,
    a callable, or None (a handler not installed from Python)."""
    signalnum = _signum(signalnum)
    return _int_to_enum(_handlers.get(signalnum), Handlers)


def _dispatch(signum):
    """Called by the runtime in the main thread for each signal received."""
    handler = _handlers.get(signum)
    if callable(handler):
        handler(signum, None)


_signal._dispatch = _dispatch


def _c_int(value):
    """An enum member as the plain int the native calls take."""
    return int(value) if isinstance(value, int) else value


def alarm(seconds):
    """Arrange for SIGALRM in `seconds` seconds (0 cancels); returns the
    seconds left of the previous alarm."""
    return _signal.alarm(_c_int(seconds))


def raise_signal(signalnum):
    """Send the signal `signalnum` to the calling process."""
    _signal.raise_signal(_signum(signalnum))


def pause():
    """Wait until a signal arrives."""
    _signal.pause()


def strsignal(signalnum):
    """The system's description of the signal `signalnum`, or None."""
    return _signal.strsignal(_signum(signalnum))


def valid_signals():
    """The set of valid signal numbers on this platform."""
    return {_int_to_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}
