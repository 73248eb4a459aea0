"""Time small pieces of code: `Timer`, `timeit`, `repeat`, `default_timer`.

typhon compiles the program ahead of time, so the statement and setup must
be callables (functions, lambdas); a statement given as a string other than
the default `'pass'` cannot be compiled and is rejected when compiling
(a string only known at run time raises `NotImplementedError`). The
collector keeps running while timing (CPython pauses its cyclic collector
only: typhon's collector is the only one that frees memory).
"""

import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _nothing():
    pass


def _callable_of(code, what):
    """`code` as a function to call: itself when callable, nothing for the
    empty statement `'pass'`."""
    if callable(code):
        return code
    if isinstance(code, str):
        if code.strip() in ("", "pass"):
            return _nothing
        raise NotImplementedError(
            "typhon cannot compile a %s given as a string; pass a callable" % what)
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Times calls of `stmt` after one call of `setup`, read with `timer`."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _callable_of(stmt, "stmt")
        self._setup = _callable_of(setup, "setup")

    def _run(self, number):
        setup = self._setup
        stmt = self._stmt
        timer = self.timer
        setup()
        start = timer()
        for _ in range(number):
            stmt()
        return timer() - start

    def timeit(self, number=default_number):
        """Seconds taken by `number` calls of the statement."""
        return self._run(number)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of `timeit(number)`."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a number of calls (1, 2, 5, 10, 20, 50, ...) taking at least
        0.2 seconds: `(number, time_taken)`; `callback(number, time_taken)`
        after each try."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            scale *= 10

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled."""
        import traceback
        traceback.print_exc(file=file if file is not None else sys.stderr)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """`Timer(stmt, setup, timer).timeit(number)`."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """`Timer(stmt, setup, timer).repeat(repeat, number)`."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
