"""Basic operating-system services: the environment, the working folder,
folder listings, removing files and making folders, and `os.path`, as CPython's `os` gives them on Linux.

Paths are `str` only (CPython also takes `bytes` and path-like objects).
"""

import _os
import abc as _abc
from . import path

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
    """Status of the file `path`: an `os.stat_result`."""
    if not isinstance(path, str):
        if not hasattr(type(path), "__fspath__"):
            raise TypeError("stat: path should be string, bytes, os.PathLike or integer, not "
                            + type(path).__name__)
        path = _os.fspath(path)
    raw = _os.stat(path)
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

# CPython's `__all__` (the names this module provides), which
# `from os import *` binds.
__all__ = [
    'altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath',
    'name', 'path', 'devnull', 'extsep', 'chdir', 'environ', 'fspath',
    'getcwd', 'getpid', 'listdir', 'mkdir', 'remove', 'rename', 'replace',
    'rmdir', 'stat', 'stat_result', 'unlink', 'makedirs', 'getenv'
]
