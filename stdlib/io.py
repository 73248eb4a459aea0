"""In-memory streams (`StringIO`, `BytesIO`), with the behaviour of
CPython's `io` for them; `open` is the built-in `open`."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The base class of the in-memory streams."""

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    _closed_message = "I/O operation on closed file."

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


RawIOBase = BufferedIOBase


def _seek_args(pos, whence):
    if not isinstance(pos, int):
        raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
    if whence not in (0, 1, 2):
        raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")


class _Memory(IOBase):
    """The storage of both streams: a value being built by appends (a list
    of pieces joined when something else needs it) and a position."""

    _empty = ''

    def __init__(self, initial):
        self._value = initial
        self._pieces = None
        self._length = len(initial)
        self._pos = 0
        self.closed = False

    def _joined(self):
        if self._pieces is not None:
            self._value = self._empty.join(self._pieces)
            self._pieces = None
        return self._value

    def _write(self, data):
        n = len(data)
        if self._pos == self._length:
            if self._pieces is None:
                self._pieces = [self._value]
            self._pieces.append(data)
            self._length += n
            self._pos = self._length
            return n
        value = self._joined()
        pos = self._pos
        if pos > self._length:
            value = value + self._pad(pos - self._length)
        value = value[:pos] + data + value[pos + n:]
        self._value = value
        self._length = len(value)
        self._pos = pos + n
        return n

    def getvalue(self):
        self._check_closed()
        return self._joined()

    def tell(self):
        self._check_closed()
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        value = self._joined()
        start = self._pos
        if size is None or size < 0:
            end = self._length
        else:
            end = min(self._length, start + size)
        if start >= end:
            return self._empty
        self._pos = end
        return value[start:end]

    def readline(self, size=-1):
        self._check_closed()
        value = self._joined()
        start = self._pos
        if start >= self._length:
            return self._empty
        newline = value.find(self._newline, start)
        end = self._length if newline < 0 else newline + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return value[start:end]

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < self._length:
            self._value = self._joined()[:size]
            self._length = size
        return size

    def close(self):
        self.closed = True


class StringIO(_Memory, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _newline = '\n'
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ''
        elif not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self.newline = newline
        if newline == '\r':
            self._newline = '\r'
        _Memory.__init__(self, self._translate(initial_value))

    def _translate(self, text):
        newline = self.newline
        if newline is None:
            if '\r' in text:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
        elif newline != '' and newline != '\n':
            text = text.replace('\n', newline)
        return text

    def _pad(self, n):
        return '\0' * n

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return self._write(self._translate(s))

    def seek(self, pos, whence=0):
        self._check_closed()
        _seek_args(pos, whence)
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._length
        self._pos = pos
        return pos

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None


class BytesIO(_Memory, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b''
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _Memory.__init__(self, bytes(initial_bytes))

    def _pad(self, n):
        return bytes(n)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        return self._write(bytes(b))

    def getbuffer(self):
        self._check_closed()
        return bytearray(self._joined())

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check_closed()
        _seek_args(pos, whence)
        if pos < 0 and whence == 0:
            raise ValueError(f"negative seek value {pos}")
        if whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._length + pos)
        self._pos = pos
        return pos

# CPython's `__all__` (the names this module provides), which
# `from io import *` binds.
__all__ = [
    'open', 'IOBase', 'RawIOBase', 'BytesIO', 'StringIO', 'BufferedIOBase',
    'TextIOBase', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
    'SEEK_END', 'DEFAULT_BUFFER_SIZE'
]
