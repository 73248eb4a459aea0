"""Temporary files and folders with unpredictable names, made so that no
other process can take them first, as CPython's `tempfile` makes them:
`mkstemp`, `mkdtemp`, `TemporaryDirectory`, `NamedTemporaryFile`,
`TemporaryFile`, `gettempdir`.

typhon's files have no `+` (read and write) modes: a temporary file opened
in one (`w+b`, the default, or `w+`) keeps its data in memory, is read back
from there, and writes it all to its path on `flush` and `close`. A
`TemporaryFile` keeps its path (CPython's has none). The objects are not
removed when collected, only when closed or left by `with`.
"""

import os
import io
import shutil


__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    data = os.urandom(8)
    return "".join([_CHARACTERS[b % len(_CHARACTERS)] for b in data])


def _candidate_dirs():
    dirs = []
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.getenv(name)
        if value:
            dirs.append(value)
    dirs.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirs.append(os.getcwd())
    except OSError:
        dirs.append(os.curdir)
    return dirs


def _find_tempdir():
    for folder in _candidate_dirs():
        if folder != os.curdir:
            folder = os.path.abspath(folder)
        if os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
            return folder
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % _candidate_dirs())


def gettempdir():
    """The folder temporary files go to by default."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new file readable and writable only by its owner: `(fd, path)`,
    an open file descriptor and the absolute path."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(name)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new folder usable only by its owner: its absolute path."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        os.chmod(name, 0o700)
        return os.path.abspath(name)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has now (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(name):
            return name
    raise FileExistsError(17, "No usable temporary filename found")


class _UpdateFile:
    """A file in a `+` mode: the data lives in a `BytesIO` or `StringIO`
    and reaches the path on `flush` and `close`."""

    def __init__(self, name, mode, encoding):
        self.name = name
        self.mode = mode
        self._binary = "b" in mode
        self._encoding = encoding or "utf-8"
        if "r" in mode or "a" in mode:
            with open(name, "rb") as f:
                data = f.read()
        else:
            data = b""
        if self._binary:
            self._buffer = io.BytesIO(data)
        else:
            self._buffer = io.StringIO(data.decode(self._encoding))
        if "a" in mode:
            self._buffer.seek(0, 2)
        if "w" in mode:
            self._store()

    def _store(self):
        data = self._buffer.getvalue()
        if not self._binary:
            data = data.encode(self._encoding)
        with open(self.name, "wb") as f:
            f.write(data)

    @property
    def closed(self):
        return self._buffer.closed

    def write(self, data):
        if self._binary and isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not self._binary and not isinstance(data, str):
            raise TypeError("write() argument must be str, not " + type(data).__name__)
        return self._buffer.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        return self._buffer.read(size)

    def readline(self, size=-1):
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        return self._buffer.readlines(hint)

    def seek(self, pos, whence=0):
        return self._buffer.seek(pos, whence)

    def tell(self):
        return self._buffer.tell()

    def truncate(self, size=None):
        return self._buffer.truncate(size)

    def flush(self):
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")
        self._store()

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def close(self):
        if not self._buffer.closed:
            self._store()
            self._buffer.close()

    def __iter__(self):
        return iter(self._buffer)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _open_file(name, mode, encoding, newline, errors):
    if "+" in mode:
        return _UpdateFile(name, mode, encoding)
    if "b" in mode:
        return open(name, mode)
    return open(name, mode, encoding=encoding, newline=newline, errors=errors)


class _TemporaryFileWrapper:
    """A temporary file: the file object's attributes and methods, a `name`,
    and the file removed on `close` when `delete`."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper name=%r>" % self.name


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A new temporary file opened in `mode`, with a `name` in the file
    system, removed when closed if `delete`."""
    fd, name = mkstemp(suffix, prefix, dir)
    os.close(fd)
    try:
        file = _open_file(name, mode, encoding, newline, errors)
    except BaseException:
        os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A new temporary file opened in `mode`, removed when closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                              errors=errors)


def SpooledTemporaryFile(max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                         suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file (typhon's is on disk from the start)."""
    return TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)


class TemporaryDirectory:
    """A new temporary folder, its path in `name`, removed with its contents
    by `cleanup` or when the `with` block it opens ends."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._cleaned:
            self._cleaned = True
            if os.path.lexists(self.name):
                shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
