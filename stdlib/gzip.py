"""gzip: the gzip file format over `zlib`, as CPython 3.11's module.

`compress`/`decompress` of whole buffers; `GzipFile` and `open` for reading
(several members, trailing zero padding) and writing, in binary mode or, by
`open` with a `t` mode, through a small UTF-8 text layer (typhon has no
`io.TextIOWrapper`).
"""

import io
import os
import struct
import time
import zlib

# The built-in `open`, before this module's own `open` shadows it.
_builtin_open = open

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _simple_header(compresslevel, mtime):
    if mtime is None:
        mtime = time.time()
    return struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, 0, int(mtime), _xfl(compresslevel), 255)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        # zlib's own gzip header has a zero mtime (and its OS byte).
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = _simple_header(compresslevel, mtime)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


class _Source:
    """Bytes read from a file object, with data given back in front."""

    def __init__(self, fp):
        self.fp = fp
        self.front = b""

    def read(self, n):
        if self.front:
            chunk = self.front[:n]
            self.front = self.front[n:]
            return chunk
        return self.fp.read(n)

    def give_back(self, data):
        self.front = data + self.front

    def exact(self, n):
        data = self.read(n)
        while len(data) < n:
            more = self.read(n - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data


def _read_header(src):
    """Skip a member's header; None at the end of the input, else its mtime."""
    magic = src.read(2)
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flag, mtime = struct.unpack("<BBIxx", src.exact(8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flag & FEXTRA:
        (extra_len,) = struct.unpack("<H", src.exact(2))
        src.exact(extra_len)
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            while True:
                c = src.read(1)
                if not c or c == b"\000":
                    break
    if flag & FHCRC:
        src.exact(2)
    return mtime


def decompress(data):
    """Decompress a gzip compressed string in one shot (every member)."""
    members = []
    data = bytes(data)
    while True:
        src = _Source(io.BytesIO(data))
        if _read_header(src) is None:
            return b"".join(members)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = d.decompress(data[src.fp.tell():])
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = d.unused_data[8:].lstrip(b"\x00")


class _Reader:
    """The decompressed bytes of a gzip file's members, chunk by chunk."""

    def __init__(self, fp):
        self.src = _Source(fp)
        self.start = fp.tell() if hasattr(fp, "tell") else 0
        self.reset()

    def reset(self):
        self.new_member = True
        self.d = None
        self.crc = 0
        self.size = 0
        self.last_mtime = None
        self.done = False

    def _end_member(self):
        crc, isize = struct.unpack("<II", self.src.exact(8))
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
        if isize != (self.size & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        c = b"\x00"
        while c == b"\x00":
            c = self.src.read(1)
        if c:
            self.src.give_back(c)

    def chunk(self, size):
        """Up to `size` more bytes (b"" at the end of the file)."""
        if self.done:
            return b""
        while True:
            if self.d is not None and self.d.eof:
                self._end_member()
                self.new_member = True
            if self.new_member:
                self.crc = 0
                self.size = 0
                mtime = _read_header(self.src)
                if mtime is None:
                    self.done = True
                    return b""
                self.last_mtime = mtime
                self.d = zlib.decompressobj(-zlib.MAX_WBITS)
                self.new_member = False
            buf = self.src.read(io.DEFAULT_BUFFER_SIZE)
            out = self.d.decompress(buf, size)
            if self.d.unconsumed_tail != b"":
                self.src.give_back(self.d.unconsumed_tail)
            elif self.d.unused_data != b"":
                self.src.give_back(self.d.unused_data)
            if out != b"":
                self.crc = zlib.crc32(out, self.crc)
                self.size += len(out)
                return out
            if buf == b"":
                raise EOFError(_TRUNCATED)

    def rewind(self):
        self.src.fp.seek(self.start)
        self.src.front = b""
        self.reset()


class GzipFile(io.BufferedIOBase):
    """A file object compressing or decompressing the gzip format."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = _builtin_open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        self._buf = b""
        self._reader = None
        if mode.startswith("r"):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            self.mode = WRITE
            self.name = filename
            self.crc = 0
            self.size = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self.offset = 0
        if self.mode == WRITE:
            self._write_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._reader.last_mtime if self._reader is not None else None

    def __repr__(self):
        return "<gzip " + repr(self.fileobj)[1:-1] + " " + hex(id(self)) + ">"

    def _write_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            try:
                fname = fname.encode("latin-1")
            except UnicodeEncodeError:
                fname = b""
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        header = struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, FNAME if fname else 0,
                             int(mtime) & 0xFFFFFFFF, _xfl(compresslevel), 255)
        self.fileobj.write(header)
        if fname:
            self.fileobj.write(fname + b"\000")

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(9, what + "() on write-only GzipFile object")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(9, "write() on read-only GzipFile object")
        if isinstance(data, memoryview):
            data = data.tobytes()
        elif not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        if data:
            self.fileobj.write(self.compress.compress(data))
            self.size += len(data)
            self.crc = zlib.crc32(data, self.crc)
            self.offset += len(data)
        return len(data)

    def _fill(self, n):
        """Buffer at least `n` bytes if the file has them (n < 0: all)."""
        parts = [self._buf]
        have = len(self._buf)
        while n < 0 or have < n:
            chunk = self._reader.chunk(io.DEFAULT_BUFFER_SIZE if n < 0 else
                                       max(n - have, io.DEFAULT_BUFFER_SIZE))
            if not chunk:
                break
            parts.append(chunk)
            have += len(chunk)
        self._buf = b"".join(parts)

    def _take(self, n):
        data = self._buf[:n]
        self._buf = self._buf[n:]
        self.offset += len(data)
        return data

    def read(self, size=-1):
        self._check_read("read")
        if size is None or size < 0:
            self._fill(-1)
            return self._take(len(self._buf))
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._buf:
            self._buf = self._reader.chunk(size)
        return self._take(size)

    def peek(self, n):
        self._check_read("peek")
        if not self._buf:
            self._fill(1)
        return self._buf

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._buf.find(b"\n", start)
            if end >= 0:
                end += 1
                break
            if 0 <= size <= len(self._buf):
                end = size
                break
            start = len(self._buf)
            before = len(self._buf)
            self._fill(before + 1)
            if len(self._buf) == before:
                end = before
                break
        if 0 <= size < end:
            end = size
        return self._take(end)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack("<LL", self.crc, self.size & 0xFFFFFFFF))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._reader.rewind()
        self._buf = b""
        self.offset = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self.offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self.offset:
                raise OSError("Negative seek in write mode")
            count = offset - self.offset
            for _ in range(count // 1024):
                self.write(b"\0" * 1024)
            self.write(b"\0" * (count % 1024))
            return self.offset
        self._check_not_closed()
        if whence == io.SEEK_CUR:
            offset = self.offset + offset
        elif whence == io.SEEK_END:
            self._fill(-1)
            offset = self.offset + len(self._buf) + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if offset < self.offset:
            self.rewind()
        while self.offset < offset:
            if not self.read(min(offset - self.offset, 1 << 16)):
                break
        return self.offset


class _TextFile(io.TextIOBase):
    """Text over a GzipFile: UTF-8 (or the encoding given), newlines
    translated as `open()` does."""

    def __init__(self, binary, encoding, errors, newline):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = binary
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._newline = newline
        self._text = ""
        self._held = ""
        self._pending = b""
        self._eof = False

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def _decode_more(self):
        """Decode another chunk into `_text`; False at the end of the file."""
        raw = self.buffer.read(io.DEFAULT_BUFFER_SIZE)
        if not raw:
            self._eof = True
            tail, self._pending = self._pending, b""
            self._add(tail.decode(self.encoding, self.errors), True)
            return False
        data = self._pending + raw
        cut = len(data)
        if self.encoding.replace("-", "").replace("_", "").lower() == "utf8":
            # Keep an incomplete UTF-8 sequence for the next chunk.
            for back in range(1, min(4, len(data)) + 1):
                b = data[-back]
                if b < 0x80:
                    break
                if b >= 0xC0:
                    if (2 if b < 0xE0 else 3 if b < 0xF0 else 4) > back:
                        cut = len(data) - back
                    break
        self._pending = data[cut:]
        self._add(data[:cut].decode(self.encoding, self.errors), False)
        return True

    def _add(self, text, final):
        text = self._held + text
        self._held = ""
        if self._newline is None:
            # A final "\r" may start a "\r\n" split across chunks.
            if text.endswith("\r") and not final:
                self._held = "\r"
                text = text[:-1]
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._text += text

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            while self._decode_more():
                pass
            text, self._text = self._text, ""
            return text
        while len(self._text) < size and self._decode_more():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def _line_end(self):
        if self._newline is None or self._newline == "\n":
            i = self._text.find("\n")
            return i + 1 if i >= 0 else -1
        if self._newline == "":
            for i, c in enumerate(self._text):
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(self._text):
                        return i + 2 if self._text[i + 1] == "\n" else i + 1
                    if self._eof:
                        return i + 1
                    return -1
            return -1
        i = self._text.find(self._newline)
        return i + len(self._newline) if i >= 0 else -1

    def readline(self, size=-1):
        self._check_closed()
        while True:
            end = self._line_end()
            if end >= 0 or self._eof:
                break
            self._decode_more()
        if end < 0:
            end = len(self._text)
        if size is not None and 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextFile(binary, encoding, errors, newline)
    return binary
