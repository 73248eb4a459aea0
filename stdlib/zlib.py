"""zlib: deflate compression compatible with CPython's module (zlib 1.2.13).

The compressor and decompressor are native (`_zlib`, runtime/src/modules/zlib);
this module checks arguments, keeps the Python-visible state
(`unused_data`, `unconsumed_tail`, `eof`) and raises CPython's errors.
"""

import _zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


error.__module__ = "zlib"

_DEFAULT_MESSAGES = {
    -5: "incomplete or truncated stream",
    -2: "inconsistent stream state",
    -3: "invalid input data",
}


def _error(code, msg, what):
    if msg is None:
        msg = _DEFAULT_MESSAGES.get(code)
    if msg is None:
        return error("Error %d %s" % (code, what))
    return error("Error %d %s: %s" % (code, what, msg))


def _data(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _index(value):
    if isinstance(value, int):
        return value
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _c_int(value):
    value = _index(value)
    if value > 2147483647 or value < -2147483648:
        raise OverflowError("Python int too large to convert to C int" if value > 0
                            else "Python int too small to convert to C int")
    return value


def _u32(value):
    value = _index(value) & 0xFFFFFFFF
    return value - 0x100000000 if value >= 0x80000000 else value


def crc32(data, value=0, /):
    return _zlib.crc32(_data(data), _u32(value))


def adler32(data, value=1, /):
    return _zlib.adler32(_data(data), _u32(value))


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _data(data)
    state = _zlib.deflate_new(_c_int(level), _c_int(wbits), DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY)
    if state is None:
        raise error("Bad compression level")
    out = _zlib.deflate_run(state, data, Z_FINISH)
    if isinstance(out, int):
        raise _error(out, None, "while compressing data")
    return out


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _data(data)
    if _index(bufsize) < 0:
        raise ValueError("bufsize must be non-negative")
    state = _zlib.inflate_new(_c_int(wbits))
    if state is None:
        raise _error(-2, None, "while preparing to decompress data")
    out, code, msg = _zlib.inflate_run(state, data, -1)
    if code == 1:
        return out
    if code == 0:
        code = -5
    raise _error(code, msg, "while decompressing data")


class _Compress:
    __slots__ = ("_state",)

    def compress(self, data, /):
        data = _data(data)
        if self._state is None:
            raise _error(-2, None, "while compressing data")
        out = _zlib.deflate_run(self._state, data, Z_NO_FLUSH)
        if isinstance(out, int):
            raise _error(out, None, "while compressing data")
        return out

    def flush(self, mode=Z_FINISH, /):
        mode = _c_int(mode)
        if mode == Z_NO_FLUSH:
            return b""
        if self._state is None:
            raise _error(-2, None, "while flushing")
        out = _zlib.deflate_run(self._state, b"", mode)
        if isinstance(out, int):
            raise _error(out, None, "while flushing")
        if mode == Z_FINISH:
            self._state = None
        return out

    def copy(self):
        if self._state is None:
            raise ValueError("Inconsistent stream state")
        other = _Compress.__new__(_Compress)
        other._state = _zlib.deflate_copy(self._state)
        return other

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


_Compress.__name__ = "Compress"
_Compress.__qualname__ = "Compress"
_Compress.__module__ = "zlib"


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    level, method, wbits = _c_int(level), _c_int(method), _c_int(wbits)
    memLevel, strategy = _c_int(memLevel), _c_int(strategy)
    if zdict is not None:
        zdict = _data(zdict)
    state = None
    if method == DEFLATED:
        state = _zlib.deflate_new(level, wbits, memLevel, strategy)
    if state is None:
        raise ValueError("Invalid initialization option")
    if zdict is not None and _zlib.deflate_set_dict(state, zdict) != 0:
        raise ValueError("Invalid dictionary")
    obj = _Compress.__new__(_Compress)
    obj._state = state
    return obj


class _Decompress:
    __slots__ = ("_state", "_zdict", "unused_data", "unconsumed_tail", "eof")

    def _run(self, data, limit):
        # A zlib header asking for the preset dictionary stops inflate
        # (Z_NEED_DICT); with a zdict, give it and go on as CPython does.
        out, code, msg = _zlib.inflate_run(self._state, data, limit)
        if code == 2 and self._zdict is not None:
            err = _zlib.inflate_set_dict(self._state, self._zdict)
            if err != 0:
                raise _error(err, None, "while setting zdict")
            more, code, msg = _zlib.inflate_run(self._state, b"", limit)
            out += more
        return out, code, msg

    def _save(self, code):
        if code == 1:
            self.unused_data += _zlib.inflate_unread(self._state)
            self.unconsumed_tail = b""
            self.eof = True
        elif code == 0:
            self.unconsumed_tail = b""
        else:
            self.unconsumed_tail = _zlib.inflate_unread(self._state)

    def decompress(self, data, /, max_length=0):
        data = _data(data)
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self._state is None:
            self.unused_data += data
            return b""
        limit = -1 if max_length == 0 else min(max_length, 2147483647)
        out, code, msg = self._run(data, limit)
        self._save(code)
        if code not in (0, 1, 3):
            raise _error(code, msg, "while decompressing data")
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        if _index(length) <= 0:
            raise ValueError("length must be greater than zero")
        if self._state is None:
            return b""
        out, code, msg = self._run(self.unconsumed_tail, -1)
        self._save(code)
        if code == 1:
            self._state = None
        return out

    def copy(self):
        if self._state is None:
            raise ValueError("Inconsistent stream state")
        other = _Decompress.__new__(_Decompress)
        other._state = _zlib.inflate_copy(self._state)
        other._zdict = self._zdict
        other.unused_data = self.unused_data
        other.unconsumed_tail = self.unconsumed_tail
        other.eof = self.eof
        return other

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


_Decompress.__name__ = "Decompress"
_Decompress.__qualname__ = "Decompress"
_Decompress.__module__ = "zlib"


_NO_ZDICT = object()  # CPython tells an omitted zdict from b""


def decompressobj(wbits=MAX_WBITS, zdict=_NO_ZDICT):
    wbits = _c_int(wbits)
    if zdict is _NO_ZDICT:
        zdict = None
    elif isinstance(zdict, (bytes, bytearray, memoryview)):
        zdict = _data(zdict)
    else:
        raise TypeError("zdict argument must support the buffer protocol")
    state = _zlib.inflate_new(wbits)
    if state is None:
        raise ValueError("Invalid initialization option")
    obj = _Decompress.__new__(_Decompress)
    obj._state = state
    obj._zdict = zdict
    obj.unused_data = b""
    obj.unconsumed_tail = b""
    obj.eof = False
    if zdict is not None and wbits < 0:
        err = _zlib.inflate_set_dict(state, zdict)
        if err != 0:
            raise _error(err, None, "while setting zdict")
    return obj
