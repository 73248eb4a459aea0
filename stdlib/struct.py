"""Conversion between Python values and C structs held in bytes: `pack`,
`unpack`, `calcsize`, `pack_into`, `unpack_from`, `iter_unpack` and the
`Struct` class, with CPython's sizes, alignment and `struct.error` messages
(Linux, 64-bit, little-endian native order).

Floats are converted to and from their IEEE 754 bits with `math.frexp`
and `math.ldexp`, rounding halves to even as the C conversions do.
"""

import math as _math
import sys as _sys


class error(Exception):
    pass

# code: (native size, native alignment, standard size)
_SIZES = {
    "x": (1, 1, 1), "c": (1, 1, 1), "b": (1, 1, 1), "B": (1, 1, 1), "?": (1, 1, 1),
    "h": (2, 2, 2), "H": (2, 2, 2), "i": (4, 4, 4), "I": (4, 4, 4), "l": (8, 8, 4),
    "L": (8, 8, 4), "q": (8, 8, 8), "Q": (8, 8, 8), "n": (8, 8, 0), "N": (8, 8, 0),
    "e": (2, 2, 2), "f": (4, 4, 4), "d": (8, 8, 8), "s": (1, 1, 1), "p": (1, 1, 1),
    "P": (8, 8, 0),
}

_NAMED_RANGES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}

_CACHE = {}


def _parse(fmt):
    # (byte order 'little'/'big', native alignment?, [(code, count, offset, size)], size)
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    cached = _CACHE.get(fmt)
    if cached is not None:
        return cached
    order = _sys.byteorder
    native = True
    i = 0
    if fmt[:1] in ("@", "=", "<", ">", "!"):
        first = fmt[0]
        i = 1
        if first != "@":
            native = False
        if first == "<":
            order = "little"
        elif first == ">" or first == "!":
            order = "big"
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = 1
        if "0" <= ch <= "9":
            j = i
            while j < n and "0" <= fmt[j] <= "9":
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            ch = fmt[i]
        i += 1
        sizes = _SIZES.get(ch)
        if sizes is None or (not native and ch in "nNP"):
            raise error("bad char in struct format")
        if native:
            size = sizes[0]
            align = sizes[1]
            offset = (offset + align - 1) // align * align
        else:
            size = sizes[2]
        if ch in "sp":
            items.append((ch, count, offset, count))
            offset += count
        elif ch == "x":
            offset += count
        else:
            for _ in range(count):
                items.append((ch, 1, offset, size))
                offset += size
    result = (order, native, items, offset)
    _CACHE[fmt] = result
    return result


def _int_arg(value):
    if isinstance(value, int):
        return int(value)
    if not isinstance(value, float) and hasattr(type(value), "__index__"):
        return value.__index__()
    raise error("required argument is not an integer")


def _pack_int(code, value, size, order, native):
    v = _int_arg(value)
    signed = code in "bhilqn"
    name = _NAMED_RANGES.get(code)
    if name is not None:
        lo = -(1 << (size * 8 - 1)) if signed else 0
        hi = (1 << (size * 8 - 1)) - 1 if signed else (1 << (size * 8)) - 1
        if not lo <= v <= hi:
            raise error("%s format requires %d <= number <= %d" % (name, lo, hi))
        return v.to_bytes(size, order, signed=signed)
    # The value goes through a C long / unsigned long first.
    if signed and not -(1 << 63) <= v < (1 << 63):
        raise error("argument out of range")
    if not signed and not 0 <= v < (1 << 64):
        raise error("argument out of range")
    lo = -(1 << (size * 8 - 1)) if signed else 0
    hi = (1 << (size * 8 - 1)) - 1 if signed else (1 << (size * 8)) - 1
    if not lo <= v <= hi:
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return v.to_bytes(size, order, signed=signed)


def _float_bits(x, mant_bits, exp_bits, code):
    # The IEEE bits of x in a format with mant_bits stored mantissa bits.
    bias = (1 << (exp_bits - 1)) - 1
    top = (1 << exp_bits) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    shift = mant_bits + exp_bits
    if x != x:
        return (sign << shift) | (top << mant_bits) | (1 << (mant_bits - 1))
    x = abs(x)
    if x == _math.inf:
        return (sign << shift) | (top << mant_bits)
    if x == 0.0:
        return sign << shift
    m, e = _math.frexp(x)
    exp = e - 1 + bias
    if exp >= 1:
        mant = round(_math.ldexp(m, mant_bits + 1))
        if mant == 1 << (mant_bits + 1):
            mant >>= 1
            exp += 1
        if exp >= top:
            raise OverflowError("float too large to pack with %s format" % code)
        bits = (exp << mant_bits) | (mant - (1 << mant_bits))
    else:
        bits = round(_math.ldexp(x, bias - 1 + mant_bits))
    return (sign << shift) | bits


def _bits_float(bits, mant_bits, exp_bits):
    bias = (1 << (exp_bits - 1)) - 1
    top = (1 << exp_bits) - 1
    sign = -1.0 if bits >> (mant_bits + exp_bits) else 1.0
    exp = (bits >> mant_bits) & top
    mant = bits & ((1 << mant_bits) - 1)
    if exp == top:
        if mant:
            return _math.copysign(_math.nan, sign)
        return sign * _math.inf
    if exp == 0:
        return _math.copysign(_math.ldexp(float(mant), 1 - bias - mant_bits), sign)
    return _math.copysign(_math.ldexp(float(mant | (1 << mant_bits)), exp - bias - mant_bits),
                          sign)


_FLOAT_LAYOUT = {"e": (10, 5), "f": (23, 8), "d": (52, 11)}


def _float_arg(value):
    if isinstance(value, float):
        return value
    if isinstance(value, int) or hasattr(type(value), "__float__"):
        return float(value)
    if hasattr(type(value), "__index__"):
        return float(value.__index__())
    raise error("required argument is not a float")


def _pack_item(code, count, size, value, order, native):
    if code in "bBhHiIlLqQnNP":
        return _pack_int(code, value, size, order, native)
    if code in "efd":
        layout = _FLOAT_LAYOUT[code]
        bits = _float_bits(_float_arg(value), layout[0], layout[1], code)
        return bits.to_bytes(size, order)
    if code == "?":
        return b"\x01" if value else b"\x00"
    if code == "c":
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(value)
    if code == "s":
        if not isinstance(value, (bytes, bytearray)):
            raise error("argument for 's' must be a bytes object")
        data = bytes(value[:count])
        return data + b"\x00" * (count - len(data))
    # 'p': a length byte, then the bytes.
    if not isinstance(value, (bytes, bytearray)):
        raise error("argument for 'p' must be a bytes object")
    if count == 0:
        return b""
    data = bytes(value[:count - 1])
    return bytes([min(len(data), 255)]) + data + b"\x00" * (count - 1 - len(data))


def _unpack_item(code, count, size, data, order):
    if code in "bBhHiIlLqQnNP":
        return int.from_bytes(data, order, signed=code in "bhilqn")
    if code in "efd":
        layout = _FLOAT_LAYOUT[code]
        return _bits_float(int.from_bytes(data, order), layout[0], layout[1])
    if code == "?":
        return data != b"\x00"
    if code == "c":
        return data
    if code == "s":
        return data
    if count == 0:
        return b""
    n = min(data[0], count - 1)
    return data[1:1 + n]


def _pack(parsed, args):
    order, native, items, total = parsed
    if len(args) != len(items):
        raise error("pack expected %d items for packing (got %d)" % (len(items), len(args)))
    out = bytearray(total)
    for k in range(len(items)):
        code, count, offset, size = items[k]
        out[offset:offset + size] = _pack_item(code, count, size, args[k], order, native)
    return bytes(out)


def _buffer(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return bytes(buffer)
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


def _unpack(parsed, data):
    order = parsed[0]
    result = []
    for code, count, offset, size in parsed[2]:
        result.append(_unpack_item(code, count, size, data[offset:offset + size], order))
    return tuple(result)


def calcsize(format):
    return _parse(format)[3]


def pack(format, *args):
    return _pack(_parse(format), args)


def unpack(format, buffer):
    parsed = _parse(format)
    data = _buffer(buffer)
    if len(data) != parsed[3]:
        raise error("unpack requires a buffer of %d bytes" % parsed[3])
    return _unpack(parsed, data)


def unpack_from(format, buffer, offset=0):
    parsed = _parse(format)
    data = _buffer(buffer)
    size = parsed[3]
    if offset < 0:
        if offset + len(data) < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
        offset += len(data)
    if len(data) - offset < size:
        if offset > len(data):
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes "
                    "at offset %d (actual buffer size is %d)"
                    % (size + offset, size, offset, len(data)))
    return _unpack(parsed, data[offset:offset + size])


def pack_into(format, buffer, offset, *args):
    parsed = _parse(format)
    packed = _pack(parsed, args)
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < len(packed):
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                    "offset %d (actual buffer size is %d)"
                    % (len(packed) + offset, len(packed), offset, len(buffer)))
    buffer[offset:offset + len(packed)] = packed


def iter_unpack(format, buffer):
    parsed = _parse(format)
    data = _buffer(buffer)
    size = parsed[3]
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(data) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return iter([_unpack(parsed, data[k:k + size]) for k in range(0, len(data), size)])


class Struct:
    """A compiled format."""

    def __init__(self, format):
        self._parsed = _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format
        self.size = self._parsed[3]

    def pack(self, *args):
        return _pack(self._parsed, args)

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack(self._parsed, data)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def pack_into(self, buffer, offset, *args):
        pack_into(self.format, buffer, offset, *args)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

# CPython's `__all__` (the names this module provides), which
# `from struct import *` binds.
__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
    'Struct', 'error'
]
