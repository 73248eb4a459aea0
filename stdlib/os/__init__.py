"""Basic operating-system services: the environment, the working folder,
folder listings, removing files and making folders, and `os.path`, as CPython's `os` gives them on Linux.

Paths are `str` only (CPython also takes `bytes` and path-like objects).
"""

import _os
import abc as _abc
from . import path

# The built-in `open`, which this module's `open` hides.
_builtin_open = open

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"

environ = {}
for _key, _value in _os.environ_items():
    environ[_key] = _value


def getenv(key, default=None):
    """The environment variable `key`, or `default`."""
    return environ.get(key, default)


def getcwd():
    """The current working folder."""
    return _os.getcwd()


def listdir(path="."):
    """The names in the folder `path`, in the order the system lists them."""
    return _os.listdir(_fspath(path))


def _exit(status, /):
    """Exit to the system with status, without cleanup: no atexit
    callbacks, no flushing of buffered output."""
    _os._exit(status)


def getpid():
    """The process id."""
    return _os.getpid()


def remove(path):
    """Remove the file `path`."""
    _os.remove(_path_arg("remove", path))


unlink = remove


def rmdir(path):
    """Remove the empty folder `path`."""
    _os.rmdir(_path_arg("rmdir", path))


def mkdir(path, mode=0o777):
    """Make the folder `path` (`mode` is not applied: typhon's folders get
    the process's default permissions)."""
    _os.mkdir(_path_arg("mkdir", path))


def makedirs(name, mode=0o777, exist_ok=False):
    """Make the folder `name` and any missing parents."""
    name = _fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def chdir(path):
    """Make `path` the current working folder."""
    _os.chdir(_path_arg("chdir", path))


def _path_arg(func, value):
    # The message of CPython's argument converter for path parameters.
    if isinstance(value, str):
        return value
    if hasattr(type(value), "__fspath__"):
        return _os.fspath(value)
    raise TypeError(func + ": path should be string, bytes or os.PathLike, not " + type(value).__name__)


def _fspath(value):
    if isinstance(value, str):
        return value
    return _os.fspath(value)


def urandom(size):
    """`size` random bytes from the operating system."""
    return _os.urandom(size)


def fspath(path):
    """The file system representation of `path`: a `str` itself, else what
    its `__fspath__` returns."""
    return _os.fspath(path)


class PathLike(_abc.ABC):
    """The protocol of objects with a `__fspath__` method."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike and hasattr(subclass, "__fspath__"):
            return True
        return NotImplemented


fspath = _fspath


class stat_result(tuple):
    """The result of `stat`: a 10-tuple with `st_*` attributes (times as
    floats in `st_atime`..., as ints in the tuple)."""

    n_sequence_fields = 10
    n_fields = 19

    def __new__(cls, values):
        self = tuple.__new__(cls, values[:10])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])

    def __repr__(self):
        names = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime"]
        return "os.stat_result(%s)" % ", ".join(
            ["%s=%r" % (names[k], self[k]) for k in range(10)])


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Status of the file `path` (or open descriptor): an `os.stat_result`."""
    if isinstance(path, int) and not isinstance(path, bool):
        return fstat(path)
    if not isinstance(path, str):
        if not hasattr(type(path), "__fspath__"):
            raise TypeError("stat: path should be string, bytes, os.PathLike or integer, not "
                            + type(path).__name__)
        path = _os.fspath(path)
    return _stat_result(_os.stat(path))


def fstat(fd):
    """Status of the open file descriptor `fd`: an `os.stat_result`."""
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    return _stat_result(_os.fstat(fd))


def lstat(path, *, dir_fd=None):
    """Status of `path` without following a symbolic link there."""
    return _stat_result(_os.lstat(_path_arg("lstat", path)))


def _stat_result(raw):
    result = stat_result((raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7],
                          raw[9], raw[11]))
    result.st_atime = raw[7] + raw[8] * 1e-9
    result.st_mtime = raw[9] + raw[10] * 1e-9
    result.st_ctime = raw[11] + raw[12] * 1e-9
    result.st_atime_ns = raw[7] * 1000000000 + raw[8]
    result.st_mtime_ns = raw[9] * 1000000000 + raw[10]
    result.st_ctime_ns = raw[11] * 1000000000 + raw[12]
    return result


def rename(src, dst):
    """Rename the file or folder `src` to `dst`."""
    _os.rename(_path_arg("rename", src), _path_arg("rename", dst))


def replace(src, dst):
    """Rename `src` to `dst`, replacing a file there."""
    _os.rename(_path_arg("replace", src), _path_arg("replace", dst))


F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Set the permission bits of `path` to `mode`."""
    _os.chmod(_path_arg("chmod", path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modification times of `path`: `times` as
    `(atime, mtime)` seconds, or `ns` as nanoseconds, else now."""
    path = _path_arg("utime", path)
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime_ns = _seconds_to_ns(times[0])
        mtime_ns = _seconds_to_ns(times[1])
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        atime_ns, mtime_ns = ns
    else:
        import time as _time
        atime_ns = mtime_ns = _time.time_ns()
    _os.utime(path, atime_ns, mtime_ns)


def _seconds_to_ns(value):
    if isinstance(value, int):
        return value * 1000000000
    whole = int(value // 1)
    return whole * 1000000000 + round((value - whole) * 1e9)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether the process may access `path` in `mode` (`F_OK`, or `R_OK`,
    `W_OK`, `X_OK` or'ed together)."""
    return _os.access(_path_arg("access", path), mode)


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open `path` at the system level: a new file descriptor (an `int`)."""
    return _os.open(_path_arg("open", path), flags, mode)


# The native function itself, as CPython's: the handlers of a signal sent to
# this process run before it returns, and a Python frame here would show in
# the traceback of what they raise (`KeyboardInterrupt`).
kill = _os.kill


def strerror(code):
    """The message the C library gives for the error number `code`."""
    return _os.strerror(code)


def close(fd):
    """Close the file descriptor `fd`."""
    _os.close(fd)


def read(fd, n):
    """At most `n` bytes from the file descriptor `fd`."""
    return _os.read(fd, n)


def write(fd, data):
    """Write `data` to the file descriptor `fd`: the number of bytes written."""
    return _os.write(fd, data)


def lseek(fd, position, whence, /):
    """Move the file descriptor `fd` to `position` from the start, the
    current position or the end (`whence` 0, 1, 2): the new position."""
    return _os.lseek(fd, position, whence)


def fdopen(fd, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    """A file object for the file descriptor `fd`: `open(fd, ...)`."""
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    return _builtin_open(fd, mode, buffering, encoding, errors, newline, closefd)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    """Make the symbolic link `dst` pointing to `src`."""
    _os.symlink(_path_arg("symlink", src), _path_arg("symlink", dst))


def readlink(path, *, dir_fd=None):
    """The target of the symbolic link `path`."""
    return _os.readlink(_path_arg("readlink", path))


class statvfs_result(tuple):
    """The result of `statvfs`: a 10-tuple with `f_*` attributes."""

    n_sequence_fields = 10
    n_fields = 11

    f_bsize = property(lambda self: self[0])
    f_frsize = property(lambda self: self[1])
    f_blocks = property(lambda self: self[2])
    f_bfree = property(lambda self: self[3])
    f_bavail = property(lambda self: self[4])
    f_files = property(lambda self: self[5])
    f_ffree = property(lambda self: self[6])
    f_favail = property(lambda self: self[7])
    f_flag = property(lambda self: self[8])
    f_namemax = property(lambda self: self[9])


def statvfs(path):
    """File-system statistics of the file system holding `path`."""
    return statvfs_result(_os.statvfs(_path_arg("statvfs", path)))


class uname_result(tuple):
    """The result of `uname`: `(sysname, nodename, release, version, machine)`."""

    n_sequence_fields = 5
    n_fields = 5

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return "posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)" % tuple(self)


def uname():
    """The operating system's names: an `os.uname_result`."""
    return uname_result(_os.uname())


class terminal_size(tuple):
    """The result of `get_terminal_size`: `(columns, lines)`."""

    n_sequence_fields = 2
    n_fields = 2

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])


def get_terminal_size(fd=1):
    """The size of the terminal on the file descriptor `fd`."""
    return terminal_size(_os.terminal_size(fd))


def cpu_count():
    """The number of processors (from /proc/cpuinfo), or None."""
    try:
        with _builtin_open("/sys/devices/system/cpu/online") as f:
            text = f.read().strip()
    except OSError:
        return None
    count = 0
    for part in text.split(","):
        if "-" in part:
            low, high = part.split("-")
            count += int(high) - int(low) + 1
        elif part:
            count += 1
    return count or None


def walk(top, topdown=True, onerror=None, followlinks=False):
    """For each folder under `top` (itself included): `(dirpath, dirnames,
    filenames)`, parents before children when `topdown`."""
    top = _fspath(top)
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    files = []
    for name in names:
        full = path.join(top, name)
        if path.isdir(full):
            dirs.append(name)
        else:
            files.append(name)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            full = path.join(top, name)
            if followlinks or not path.islink(full):
                yield from walk(full, topdown, onerror, followlinks)
    else:
        for name in dirs:
            full = path.join(top, name)
            if followlinks or not path.islink(full):
                yield from walk(full, topdown, onerror, followlinks)
        yield top, dirs, files


# CPython's `__all__` (the names this module provides), which
# `from os import *` binds.
__all__ = [
    'altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath',
    'name', 'path', 'devnull', 'extsep', 'chdir', 'environ', 'fspath',
    'getcwd', 'getpid', 'listdir', 'mkdir', 'remove', 'rename', 'replace',
    'rmdir', 'stat', 'stat_result', 'unlink', 'makedirs', 'getenv', 'urandom',
    'lstat', 'chmod', 'utime', 'access', 'F_OK', 'R_OK', 'W_OK', 'X_OK', 'open', 'close',
    'read', 'write', 'lseek', 'fstat', 'fdopen', 'symlink', 'readlink', 'statvfs', 'statvfs_result', 'uname',
    'uname_result', 'terminal_size', 'get_terminal_size', 'cpu_count', 'walk', 'O_RDONLY',
    'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_NOCTTY', 'O_TRUNC', 'O_APPEND', 'O_NONBLOCK',
    'O_DIRECTORY', 'O_NOFOLLOW', 'O_CLOEXEC', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END'
]
