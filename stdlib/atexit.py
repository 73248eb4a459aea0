"""atexit: functions to run when the program ends normally (after the main
module finishes or `sys.exit`, and after non-daemon threads ended; not
after `os._exit` or death by a signal), last registered first.

The runtime calls `_run_exitfuncs` at exit when this module was imported
(`runtime/src/modules/atexit.rs`)."""

import sys as _sys
import _traceback

# (func, args, kwargs) in registration order; unregister leaves None in
# place, as CPython leaves a hole (so `_ncallbacks` does not shrink).
_callbacks = []


def register(*args, **kwargs):
    """Register a function to be executed upon normal program termination.

    Returns func, so that it can be used as a decorator."""
    if not args:
        raise TypeError("register() takes at least 1 argument (0 given)")
    func = args[0]
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args[1:], kwargs))
    return func


def unregister(*args, **kwargs):
    """Unregister an exit function which was previously registered."""
    if kwargs:
        raise TypeError("atexit.unregister() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("atexit.unregister() takes exactly one argument (%d given)"
                        % len(args))
    func = args[0]
    # Compared with ==, as CPython does; every registration of it goes.
    for index, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[index] = None


def _clear():
    """Clear the list of previously registered exit functions."""
    _callbacks.clear()


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Run all registered exit functions, last registered first, then
    forget them. An exception in one is reported and the others still run."""
    pending = list(_callbacks)
    for entry in reversed(pending):
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)
    _callbacks.clear()


# The runtime calls `_run_exitfuncs` through its function object, which
# the compiler must see escape (a value load) to keep its generic entry.
_exit_hook = [_run_exitfuncs]


def _report(func, exc):
    # CPython's report of an exception it cannot raise: the traceback
    # starts at the callback (this frame is left out).
    try:
        tb = exc.__traceback__
        if tb is not None:
            exc = exc.with_traceback(tb.tb_next)
        text = "Exception ignored in atexit callback: %r\n" % (func,)
        _sys.stderr.write(text + _traceback.report(exc))
        _sys.stderr.flush()
    except BaseException:
        pass
