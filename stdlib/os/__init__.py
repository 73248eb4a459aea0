"""Basic operating-system services: the environment, the working folder,
folder listings and `os.path`, as CPython's `os` gives them on Linux.

Paths are `str` only (CPython also takes `bytes` and path-like objects).
"""

import _os
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


def _fspath(value):
    if isinstance(value, str):
        return value
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(value).__name__)


fspath = _fspath
