"""Waiting for I/O: `select.select` and `select.poll`, as CPython's
`select` module gives them on Linux (no `epoll`).

Both are built on one native call, `_socket.poll` (`poll(2)` over several
descriptors, waiting with the global thread lock released), so `select`
has no `FD_SETSIZE` limit: a descriptor is readable when `poll` reports
input, hang-up or an error, writable for output or an error, and
"exceptional" for priority data, as Linux's `select` decides.
"""

import _socket

error = OSError

POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32
POLLRDNORM = 64
POLLRDBAND = 128
POLLWRNORM = 256
POLLWRBAND = 512
POLLMSG = 1024
POLLRDHUP = 8192
PIPE_BUF = 4096


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            method = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = method()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _millis(timeout):
    """Seconds (None: forever) to the whole milliseconds `poll` waits,
    rounded up so a short wait is never skipped."""
    if timeout is None:
        return -1
    if not isinstance(timeout, (int, float)):
        raise TypeError("timeout must be a float or None")
    if timeout < 0:
        raise ValueError("timeout must be non-negative")
    ms = timeout * 1000
    whole = int(ms)
    return whole + 1 if whole < ms else whole


def select(rlist, wlist, xlist, timeout=None):
    ms = _millis(timeout)
    lists = (list(rlist), list(wlist), list(xlist))
    wanted = {}
    for objs, mask in zip(lists, (POLLIN, POLLOUT, POLLPRI)):
        for obj in objs:
            fd = _fileno(obj)
            wanted[fd] = wanted.get(fd, 0) | mask
    fds = tuple(wanted)
    ready = {}
    for fd, revents in _socket.poll(fds, tuple(wanted.values()), ms):
        if revents & POLLNVAL:
            raise OSError(9, "Bad file descriptor")
        ready[fd] = revents
    tests = (POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI)
    result = ([], [], [])
    for objs, test, out in zip(lists, tests, result):
        for obj in objs:
            if ready.get(_fileno(obj), 0) & test:
                out.append(obj)
    return result


class poll:
    """A set of descriptors with the events each waits for."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask & 0xFFFF

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = eventmask & 0xFFFF

    def unregister(self, fd):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None):
        if timeout is None:
            ms = -1
        else:
            if not isinstance(timeout, (int, float)):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(timeout).__name__)
            ms = int(timeout)
            if ms < timeout:
                ms += 1
            if ms < 0:
                ms = -1
        return _socket.poll(tuple(self._fds), tuple(self._fds.values()), ms)
