"""Codec registry and helpers for the encodings typhon's str and bytes
know: UTF-8 (and UTF-8 with a signature, `utf-8-sig`), Latin-1 and ASCII.
`lookup`, `encode`, `decode`, the `get*` accessors, incremental encoders
and decoders (a UTF-8 sequence split between two chunks is kept for the
next one), stream readers and writers, `open`, `iterencode`,
`iterdecode` and the BOM constants, as CPython 3.11's `codecs` gives them.
"""

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "register_error", "lookup_error"]

# The built-in open(), before this module's `open` hides it.
_open = open

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM32_LE = BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM32_BE = BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_LE
BOM_UTF32 = BOM32_LE
BOM64_LE = BOM32_LE
BOM64_BE = BOM32_BE


class CodecInfo(tuple):
    """A codec's functions and classes; as a tuple, (encode, decode,
    streamreader, streamwriter)."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


def _utf8_complete(data):
    """The length of the longest prefix of `data` that does not end inside
    a UTF-8 sequence (whose end a later chunk may bring)."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 != 0x80:
            # A lead byte: how long its sequence is (an invalid one is
            # reported now).
            if b in (0xC0, 0xC1) or b > 0xF4:
                return n
            if b >= 0xF0:
                need = 4
            elif b >= 0xE0:
                need = 3
            elif b >= 0xC0:
                need = 2
            else:
                return n
            return n - back if back < need and b <= 0xF4 else n
    return n


def _check_str(input, function):
    if not isinstance(input, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (function, type(input).__name__))


def _make_codec(name, python_name):
    function = python_name.replace("-", "_") + "_encode"

    def encode(input, errors="strict"):
        _check_str(input, function)
        return input.encode(python_name, errors), len(input)

    def decode(input, errors="strict"):
        data = bytes(input)
        return data.decode(python_name, errors), len(data)

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return input.encode(python_name, self.errors)

    class Decoder(IncrementalDecoder):
        def __init__(self, errors="strict"):
            IncrementalDecoder.__init__(self, errors)
            self.buffer = b""

        def decode(self, input, final=False):
            data = self.buffer + bytes(input)
            cut = len(data) if final or python_name != "utf-8" else _utf8_complete(data)
            self.buffer = data[cut:]
            return data[:cut].decode(python_name, self.errors)

        def reset(self):
            self.buffer = b""

        def getstate(self):
            return (self.buffer, 0)

        def setstate(self, state):
            self.buffer = state[0]

    class Writer(StreamWriter):
        pass

    class Reader(StreamReader):
        pass

    Writer.encode = staticmethod(encode)
    Reader.decode = staticmethod(decode)
    Reader._name = python_name
    return CodecInfo(encode, decode, Reader, Writer, Encoder, Decoder, name)


def _make_utf8_sig():
    def encode(input, errors="strict"):
        _check_str(input, "utf_8_encode")
        return BOM_UTF8 + input.encode("utf-8", errors), len(input)

    def decode(input, errors="strict"):
        data = bytes(input)
        skip = 3 if data[:3] == BOM_UTF8 else 0
        return data[skip:].decode("utf-8", errors), len(data)

    class Encoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            data = input.encode("utf-8", self.errors)
            if self.first:
                self.first = False
                return BOM_UTF8 + data
            return data

        def reset(self):
            self.first = True

    class Decoder(IncrementalDecoder):
        def __init__(self, errors="strict"):
            IncrementalDecoder.__init__(self, errors)
            self.buffer = b""
            self.first = True

        def decode(self, input, final=False):
            data = self.buffer + bytes(input)
            if self.first:
                if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                    self.buffer = data
                    return ""
                self.first = False
                if data[:3] == BOM_UTF8:
                    data = data[3:]
            cut = len(data) if final else _utf8_complete(data)
            self.buffer = data[cut:]
            return data[:cut].decode("utf-8", self.errors)

        def reset(self):
            self.buffer = b""
            self.first = True

    class Writer(StreamWriter):
        pass

    class Reader(StreamReader):
        pass

    Writer.encode = staticmethod(encode)
    Reader.decode = staticmethod(decode)
    Reader._name = "utf-8-sig"
    return CodecInfo(encode, decode, Reader, Writer, Encoder, Decoder, "utf-8-sig")


class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    _name = "utf-8"

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self._decoder = lookup(self._name).incrementaldecoder(errors)
        self._text = ""

    def _fill(self, size):
        # Decode more of the stream; False at its end.
        data = self.stream.read() if size < 0 else self.stream.read(max(size, 1))
        self._text += self._decoder.decode(data, final=not data)
        return bool(data)

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0:
            chars = size
        while chars < 0 or len(self._text) < chars:
            if not self._fill(-1 if chars < 0 else chars - len(self._text)):
                break
        if chars < 0:
            text, self._text = self._text, ""
        else:
            text, self._text = self._text[:chars], self._text[chars:]
        return text

    def readline(self, size=None, keepends=True):
        while True:
            for i, ch in enumerate(self._text):
                if ch == "\n" or ch == "\r" and i + 1 < len(self._text):
                    end = i + 1
                    if ch == "\r" and self._text[end:end + 1] == "\n":
                        end += 1
                    line, self._text = self._text[:end], self._text[end:]
                    return line if keepends else line.rstrip("\r\n")
            if not self._fill(72):
                line, self._text = self._text, ""
                return line if keepends else line.rstrip("\r\n")

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._text = ""
        self._decoder.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A file read and written through a codec, as `codecs.open` gives."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def close(self):
        self.stream.close()

    @property
    def closed(self):
        return self.stream.closed

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


_CODECS = {}
_SEARCH_FUNCTIONS = []
# Every spelling CPython's `encodings.aliases` has for these codecs.
_ALIASES = {}
for _alias in ("u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001 utf_8").split():
    _ALIASES[_alias] = "utf_8"
for _alias in ("8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 "
               "iso_ir_100 l1 latin latin1 latin_1").split():
    _ALIASES[_alias] = "latin_1"
for _alias in ("646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 "
               "iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii ascii").split():
    _ALIASES[_alias] = "ascii"
_ALIASES["utf_8_sig"] = "utf_8_sig"


def _normalize(encoding):
    # Lower case, and each run of other characters than letters, digits
    # and dots one underscore.
    out = []
    gap = False
    for ch in encoding.lower():
        if ch.isalnum() or ch == ".":
            if gap and out:
                out.append("_")
            out.append(ch)
            gap = False
        else:
            gap = True
    return "".join(out)


def register(search_function):
    """Adds a function mapping a normalised encoding name to a CodecInfo."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _SEARCH_FUNCTIONS.append(search_function)


def unregister(search_function):
    if search_function in _SEARCH_FUNCTIONS:
        _SEARCH_FUNCTIONS.remove(search_function)


def lookup(encoding):
    """The CodecInfo of `encoding`; LookupError when there is none."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.lower().replace(" ", "_")
    for search in _SEARCH_FUNCTIONS:
        found = search(key)
        if found is not None:
            return found
    module = _ALIASES.get(_normalize(encoding))
    if module is None:
        raise LookupError("unknown encoding: %s" % encoding)
    info = _CODECS.get(module)
    if info is None:
        if module == "utf_8":
            info = _make_codec("utf-8", "utf-8")
        elif module == "latin_1":
            info = _make_codec("iso8859-1", "latin-1")
        elif module == "ascii":
            info = _make_codec("ascii", "ascii")
        else:
            info = _make_utf8_sig()
        _CODECS[module] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    """`obj` encoded by the codec `encoding`."""
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except TypeError as e:
        raise TypeError("encoding with '%s' codec failed (TypeError: %s)" % (encoding, e)) \
            from None


def decode(obj, encoding="utf-8", errors="strict"):
    """`obj` decoded by the codec `encoding`."""
    info = lookup(encoding)
    if not isinstance(obj, (bytes, bytearray, memoryview)):
        raise TypeError("decoding with '%s' codec failed (TypeError: a bytes-like object is "
                        "required, not '%s')" % (encoding, type(obj).__name__))
    return info.decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """The file `filename` opened in binary mode and read and written
    through the codec `encoding` (a plain file when `encoding` is None)."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = _open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except Exception:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    raise NotImplementedError("codecs.EncodedFile is not supported by typhon")


def strict_errors(exception):
    raise exception


def register_error(name, error_handler):
    raise NotImplementedError("codecs.register_error is not supported by typhon")


def lookup_error(name):
    if name == "strict":
        return strict_errors
    raise LookupError("unknown error handler name '%s'" % name)
