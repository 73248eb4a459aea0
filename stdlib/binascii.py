"""Conversions between binary data and ASCII: base64 lines, hexadecimal
and CRC-32, as CPython's `binascii` gives them (`a2b_base64`,
`b2a_base64`, `hexlify`/`b2a_hex`, `unhexlify`/`a2b_hex`, `crc32`,
`Error`, `Incomplete`)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = [64] * 256
for _i in range(64):
    _B64_VALUE[_B64[_i]] = _i
del _i


def _buffer(data, what="a bytes-like object"):
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_data(data):
    # Decoders take ASCII-only str too.
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def b2a_base64(data, *, newline=True):
    """Base64 of `data`, with a newline at the end unless `newline` is
    false."""
    data = _buffer(data)
    out = bytearray()
    table = _B64
    n = len(data)
    whole = n - n % 3
    i = 0
    while i < whole:
        chunk = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(table[chunk >> 18])
        out.append(table[(chunk >> 12) & 63])
        out.append(table[(chunk >> 6) & 63])
        out.append(table[chunk & 63])
        i += 3
    rest = n - whole
    if rest == 1:
        chunk = data[i] << 16
        out.append(table[chunk >> 18])
        out.append(table[(chunk >> 12) & 63])
        out += b"=="
    elif rest == 2:
        chunk = (data[i] << 16) | (data[i + 1] << 8)
        out.append(table[chunk >> 18])
        out.append(table[(chunk >> 12) & 63])
        out.append(table[(chunk >> 6) & 63])
        out += b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The bytes a base64 text encodes; characters outside the alphabet are
    skipped unless `strict_mode`."""
    data = _ascii_data(data)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    values = _B64_VALUE
    n = len(data)
    i = 0
    while i < n:
        byte = data[i]
        i += 1
        if byte == 61:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = values[byte]
        if value >= 64:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = value
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (value >> 4)) & 255)
            left = value & 15
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (value >> 2)) & 255)
            left = value & 3
        else:
            quad_pos = 0
            out.append(((left << 6) | value) & 255)
            left = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of `data`."""
    data = _buffer(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    """The bytes that the hexadecimal digits `hexstr` stand for."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(data.decode("ascii").replace(" ", "!"))
    except ValueError:
        raise Error("Non-hexadecimal digit found")


a2b_hex = unhexlify

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        if _c & 1:
            _c = 0xEDB88320 ^ (_c >> 1)
        else:
            _c >>= 1
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0):
    """The CRC-32 of `data`, continuing from `crc`."""
    data = _buffer(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
