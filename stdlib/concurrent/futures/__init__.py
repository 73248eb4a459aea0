"""Running calls on a pool of threads: `ThreadPoolExecutor`, `Future`,
`as_completed`, `wait` (with `FIRST_COMPLETED`, `FIRST_EXCEPTION`,
`ALL_COMPLETED`), `CancelledError`, `TimeoutError`, `InvalidStateError`,
`BrokenExecutor`, as CPython's `concurrent.futures` gives them, over
`threading` and `queue`. There is no `ProcessPoolExecutor`.
"""

import _tythreads
import queue as _queue
import threading
from time import monotonic as _time

__all__ = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
           "TimeoutError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
           "ThreadPoolExecutor", "InvalidStateError"]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                pass

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception is not None:
                    return "<%s at 0x0 state=%s raised %s>" % (
                        self.__class__.__name__, self._state.lower(),
                        self._exception.__class__.__name__)
                return "<%s at 0x0 state=%s returned %s>" % (
                    self.__class__.__name__, self._state.lower(),
                    self._result.__class__.__name__)
            return "<%s at 0x0 state=%s>" % (self.__class__.__name__, self._state.lower())

    def cancel(self):
        with self._condition:
            if self._state == _RUNNING or self._state == _FINISHED:
                return False
            if self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def _outcome(self):
        if self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED:
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def result(self, timeout=None):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                return self._outcome()
            self._condition.wait(timeout)
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                return self._outcome()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            raise TimeoutError()

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            pass

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError("%s: %r" % (self._state, self))
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError("%s: %r" % (self._state, self))
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()


def _is_done(future):
    return future._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)


def _deadline_passed(deadline):
    return deadline is not None and _time() >= deadline


def _wait_until(predicate, deadline):
    """Park until `predicate()` holds or `deadline` passes."""
    while not predicate():
        if not threading._park(deadline):
            return


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` as they finish."""
    deadline = None if timeout is None else _time() + timeout
    pending = list(dict.fromkeys(fs))
    total = len(pending)
    while pending:
        finished = [f for f in pending if _is_done(f)]
        if not finished:
            _wait_until(lambda: any(_is_done(f) for f in pending), deadline)
            finished = [f for f in pending if _is_done(f)]
            if not finished:
                raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
        for f in finished:
            pending.remove(f)
            yield f


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of `fs`: `(done, not_done)` sets."""
    fs = set(fs)
    deadline = None if timeout is None else _time() + timeout

    def enough():
        done = [f for f in fs if _is_done(f)]
        if return_when == FIRST_COMPLETED:
            return len(done) > 0
        if return_when == FIRST_EXCEPTION:
            for f in done:
                if f._state == _FINISHED and f._exception is not None:
                    return True
        return len(done) == len(fs)

    _wait_until(enough, deadline)
    done = set(f for f in fs if _is_done(f))
    return DoneAndNotDoneFutures(done, fs - done)


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = None if timeout is None else _time() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if deadline is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(deadline - _time())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class BrokenThreadPool(BrokenExecutor):
    pass


_counter = 0


class ThreadPoolExecutor(Executor):
    """Runs submitted calls on up to `max_workers` threads."""

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None,
                 initargs=()):
        global _counter
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle = 0
        self._threads = []
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            _counter += 1
            thread_name_prefix = "ThreadPoolExecutor-%d" % (_counter - 1)
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            future = Future()
            # The program waits for submitted calls at exit (CPython's
            # workers drain the queue then), not for idle workers.
            _tythreads.hold(1)
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        if self._idle > 0:
            self._idle -= 1
            return
        if len(self._threads) < self._max_workers:
            name = "%s_%d" % (self._thread_name_prefix, len(self._threads))
            thread = threading.Thread(name=name, target=self._worker, daemon=True)
            thread.start()
            self._threads.append(thread)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                self._broken = ("A thread initializer failed, the thread pool "
                                "is not usable anymore")
                return
        while True:
            item = self._work_queue.get()
            if item is None:
                self._work_queue.put(None)
                return
            try:
                item.run()
            finally:
                _tythreads.hold(-1)
            item = None
            self._idle += 1

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
                        _tythreads.hold(-1)
            self._work_queue.put(None)
        if wait:
            for thread in self._threads:
                thread.join()

