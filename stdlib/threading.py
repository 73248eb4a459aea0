"""Threads: `Thread`, `Lock`, `RLock`, `Condition`, `Event`, `Semaphore`,
`BoundedSemaphore`, `Barrier`, `Timer`, `local`, `current_thread`,
`main_thread`, `get_ident`, `active_count`, `enumerate`, `excepthook`.

Each `Thread` runs on an OS thread of its own under one global lock
(`runtime/src/threads/`, the `_tythreads` module): a thread runs until it
blocks (a lock or condition wait, `join`, `time.sleep`, a queue get) or
ends, then another runs. The locks here are plain objects under that
global lock; a thread that must wait parks in `_tythreads.wait` until some
thread changes a lock's state (`_tythreads.notify`) or its timeout passes.
"""

import _time
import _traceback
import _tythreads
import sys as _sys

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local", "stack_size",
           "excepthook", "get_native_id", "getprofile", "gettrace"]

TIMEOUT_MAX = 9223372036.0

get_ident = _tythreads.get_ident
get_native_id = _tythreads.get_ident
_monotonic = _time.monotonic


class ThreadError(RuntimeError):
    pass


def _deadline(timeout):
    """The monotonic time a wait of `timeout` seconds ends (None: never)."""
    if timeout is None or timeout < 0:
        return None
    return _monotonic() + timeout


def _park(deadline):
    """Wait for a state change until `deadline`; False once it has passed."""
    if deadline is None:
        _tythreads.wait(None)
        return True
    remaining = deadline - _monotonic()
    if remaining <= 0:
        return False
    _tythreads.wait(remaining)
    return True


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")


class Lock:
    """A primitive lock, released by any thread."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        deadline = _deadline(timeout)
        while self._locked:
            if not _park(deadline):
                return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False
        _tythreads.notify()

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def _is_owned(self):
        return self._locked

    def _release_save(self):
        self.release()
        return None

    def _acquire_restore(self, saved):
        self.acquire()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s _thread.lock object>" % state

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked


def allocate_lock():
    return Lock()


class RLock:
    """A reentrant lock: the owning thread may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._owner is not None:
            if not blocking:
                return False
            deadline = _deadline(timeout)
            while self._owner is not None:
                if not _park(deadline):
                    return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            _tythreads.notify()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        saved = (self._count, self._owner)
        self._count = 0
        self._owner = None
        _tythreads.notify()
        return saved

    def _acquire_restore(self, saved):
        while self._owner is not None:
            _park(None)
        self._count = saved[0]
        self._owner = saved[1]

    def __repr__(self):
        state = "locked" if self._owner is not None else "unlocked"
        return "<%s _thread.RLock object owner=%d count=%d>" % (
            state, self._owner or 0, self._count)


class _Waiter:
    __slots__ = ("notified",)

    def __init__(self):
        self.notified = False


class Condition:
    """A condition variable over a lock (an `RLock` when none is given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, exc_type, exc_value, traceback):
        return self._lock.__exit__(exc_type, exc_value, traceback)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def wait(self, timeout=None):
        if not self._lock._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _Waiter()
        self._waiters.append(waiter)
        saved = self._lock._release_save()
        try:
            deadline = _deadline(timeout)
            while not waiter.notified:
                if not _park(deadline):
                    break
            return waiter.notified
        finally:
            self._lock._acquire_restore(saved)
            if not waiter.notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        deadline = _deadline(timeout)
        result = predicate()
        while not result:
            if deadline is not None:
                remaining = deadline - _monotonic()
                if remaining <= 0:
                    break
                self.wait(remaining)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.notified = True
        if woken:
            _tythreads.notify()

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter: `acquire` waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return "<%s.%s at 0x0: value=%d>" % (self.__class__.__module__,
                                              self.__class__.__qualname__, self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        deadline = _deadline(timeout)
        while self._value == 0:
            if not _park(deadline):
                return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n
        _tythreads.notify()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may not exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n
        _tythreads.notify()


class Event:
    """A flag threads wait for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return "<%s.%s at 0x0: %s>" % (self.__class__.__module__,
                                        self.__class__.__qualname__, status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True
        _tythreads.notify()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        deadline = _deadline(timeout)
        while not self._flag:
            if not _park(deadline):
                break
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait for one another."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        # 0 filling, 1 draining, -1 resetting, -2 broken.
        self._state = 0
        self._count = 0
        self._generation = 0

    def __repr__(self):
        if self.broken:
            return "<%s.%s at 0x0: broken>" % (self.__class__.__module__,
                                                self.__class__.__qualname__)
        return "<%s.%s at 0x0: waiters=%d/%d>" % (self.__class__.__module__,
                                                   self.__class__.__qualname__,
                                                   self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        while self._state == 1 or self._state == -1:
            _park(None)
        if self._state < 0:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        generation = self._generation
        if index + 1 == self._parties:
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._break()
                    raise
            self._generation += 1
            self._state = 1
            _tythreads.notify()
        else:
            deadline = _deadline(timeout)
            while self._generation == generation and self._state == 0:
                if not _park(deadline):
                    self._break()
                    break
            if self._generation == generation and self._state < 0:
                self._count -= 1
                self._exit()
                raise BrokenBarrierError
        self._count -= 1
        self._exit()
        return index

    def _exit(self):
        if self._count == 0 and (self._state == 1 or self._state == -1):
            self._state = 0
            _tythreads.notify()

    def _break(self):
        self._state = -2
        _tythreads.notify()

    def reset(self):
        if self._count > 0:
            if self._state == 0:
                self._state = -1
            elif self._state == -2:
                self._state = -1
        else:
            self._state = 0
        self._generation += 1
        _tythreads.notify()

    def abort(self):
        self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


# ident -> Thread, for every started thread not finished yet.
_active = {}


class ExceptHookArgs(tuple):
    """The argument of `excepthook`: a 4-item tuple with named fields
    (CPython's `_thread._ExceptHookArgs` struct sequence)."""

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(args))
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))


def excepthook(args, /):
    """Handle an uncaught exception of `Thread.run()`: print "Exception in
    thread NAME:" and its traceback to stderr (SystemExit is silent)."""
    if args.exc_type == SystemExit:
        return
    if _sys.stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _sys.stderr.write("Exception in thread %s:\n" % name)
    _sys.stderr.flush()
    # The traceback printed is the exception's own (`exc_traceback` is
    # that one when the thread machinery calls the hook).
    value = args.exc_value
    if value is not None:
        _sys.stderr.write(_traceback.report(value))
    else:
        _sys.stderr.write("NoneType: None\n")
    _sys.stderr.flush()


def _invoke_excepthook(thread, exc):
    # The hook is read when the exception happens, as CPython does; an
    # exception in the hook goes to `sys.excepthook`.
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs([type(exc), exc, exc.__traceback__, thread]))
    except Exception as err:
        err.__suppress_context__ = True
        _sys.stderr.write("Exception in threading.excepthook:\n")
        _sys.stderr.flush()
        _sys.excepthook(type(err), err, err.__traceback__)


__excepthook__ = excepthook


class Thread:
    """A thread of control: `target(*args, **kwargs)`, or an overridden `run`."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _tythreads.start(self._bootstrap, self._daemonic)
        _active[self._ident] = self

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self.run()
        except BaseException as exc:
            self._stop()
            # The traceback starts at this frame (CPython's starts in
            # `_bootstrap_inner`).
            _invoke_excepthook(self, exc)
        finally:
            self._stop()

    def _stop(self):
        if not self._is_stopped:
            self._is_stopped = True
            _active.pop(self._ident, None)
            _tythreads.notify()

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        deadline = _deadline(timeout)
        while not self._is_stopped:
            if not _park(deadline):
                break

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        _active[self._ident] = self

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


_main_thread = _MainThread()


def current_thread():
    """The `Thread` running this code."""
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    return thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    """Threads alive: the main thread and every started one not finished."""
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


class Timer(Thread):
    """Call `function(*args, **kwargs)` after `interval` seconds unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Attributes of their own in every thread."""

    def __init__(self):
        object.__setattr__(self, "_local__dicts", {})

    def _local__dict(self):
        # Stored by `object.__setattr__` in `__init__`, so found before
        # `__getattr__` (`object.__getattribute__` written out would
        # leave a whole program's classes untyped).
        dicts = self._local__dicts
        ident = get_ident()
        values = dicts.get(ident)
        if values is None:
            values = {}
            dicts[ident] = values
        return values

    def __getattr__(self, name):
        values = self._local__dict()
        if name in values:
            return values[name]
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (type(self).__name__, name))

    def __setattr__(self, name, value):
        self._local__dict()[name] = value

    def __delattr__(self, name):
        values = self._local__dict()
        if name not in values:
            raise AttributeError(name)
        del values[name]


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None
