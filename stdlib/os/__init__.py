"""Basic operating-system services: the environment, the working folder,
folder listings, removing files and making folders, and `os.path`, as CPython's `os` gives them on Linux.

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
    raise TypeError(func + ": path should be string, bytes or os.PathLike, not " + type(value).__name__)


def _fspath(value):
    if isinstance(value, str):
        return value
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(value).__name__)


fspath = _fspath
