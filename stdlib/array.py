"""array: typed arrays of numbers and characters (CPython 3.11's `array`
module, Linux 64-bit sizes, little-endian machine order).

An array keeps its items as a Python list of already converted values (ints
in the type's range, floats rounded to the item's precision, one-character
strings), so indexing, iteration and comparisons are list operations; bytes
exist only in `tobytes`/`frombytes`/`byteswap`. Every store goes through the
type code's converter, which raises CPython's errors.
"""

import struct as _struct
from sys import maxsize as _MAXSIZE

__all__ = ["ArrayType", "array", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
          "q": 8, "Q": 8, "f": 4, "d": 8}

# code: (low, high, message above, message below) for the types converted
# through a C long (values beyond it give the C long message first).
_SMALL = {
    "b": (-128, 127, "signed char is greater than maximum", "signed char is less than minimum"),
    "B": (0, 255, "unsigned byte integer is greater than maximum",
          "unsigned byte integer is less than minimum"),
    "h": (-32768, 32767, "signed short integer is greater than maximum",
          "signed short integer is less than minimum"),
    "H": (0, 65535, "unsigned short is greater than maximum", "unsigned short is less than minimum"),
    "i": (-(1 << 31), (1 << 31) - 1, "signed integer is greater than maximum",
          "signed integer is less than minimum"),
}

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if not isinstance(value, float) and hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _convert(code, value):
    # The stored form of value for an item of type `code`, or CPython's error.
    if code == "d" or code == "f":
        if isinstance(value, float):
            x = value
        elif isinstance(value, int) or hasattr(type(value), "__float__"):
            x = float(value)
        elif hasattr(type(value), "__index__"):
            x = float(value.__index__())
        else:
            raise TypeError("must be real number, not %s" % type(value).__name__)
        if code == "f":
            return _to_single(x)
        return x
    if code == "u":
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value
    v = _index(value)
    small = _SMALL.get(code)
    if small is not None:
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        if v > small[1]:
            raise OverflowError(small[2])
        if v < small[0]:
            raise OverflowError(small[3])
        return v
    if code == "l":
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        return v
    if code == "I" or code == "L":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if code == "I" and v > 0xFFFFFFFF:
            raise OverflowError("unsigned int is greater than maximum")
        return v
    if code == "q":
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError("int too big to convert")
        return v
    # 'Q'
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError("int too big to convert")
    return v


def _to_single(x):
    # A double rounded to a C float, as the C cast does (inf past the range).
    try:
        return _struct.unpack("<f", _struct.pack("<f", x))[0]
    except OverflowError:
        return float("inf") if x > 0 else float("-inf")


def _pack_items(code, items):
    size = _SIZES[code]
    if code == "B":
        return bytes(items)
    if code == "u":
        return b"".join([ord(c).to_bytes(4, "little") for c in items])
    if code == "f" or code == "d":
        fmt = "<" + code
        return b"".join([_struct.pack(fmt, x) for x in items])
    signed = code in "bhilq"
    return b"".join([v.to_bytes(size, "little", signed=signed) for v in items])


def _unpack_items(code, data):
    size = _SIZES[code]
    if code == "B":
        return list(data)
    if code == "u":
        return [chr(int.from_bytes(data[k:k + 4], "little")) for k in range(0, len(data), 4)]
    n = len(data)
    if code == "f" or code == "d":
        fmt = "<" + code
        return [_struct.unpack(fmt, data[k:k + size])[0] for k in range(0, n, size)]
    signed = code in "bhilq"
    return [int.from_bytes(data[k:k + size], "little", signed=signed) for k in range(0, n, size)]


def _bytes_arg(value):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, memoryview):
        return value.tobytes()
    if isinstance(value, array):
        return value.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


def _new(code, items):
    # An exact array holding items, already converted for `code`.
    result = array.__new__(array, code)
    result._v = items
    return result


class array:
    """array(typecode [, initializer]) -> array"""

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            if isinstance(typecode, str):
                raise TypeError("array() argument 1 must be a unicode character, not str")
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._c = typecode
        self._v = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._v = list(initializer)
        elif isinstance(initializer, array):
            if (initializer._c == "u") != (typecode == "u"):
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            self._v = [_convert(typecode, x) for x in initializer._v]
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self._v = [_convert(typecode, x) for x in initializer]
        return self

    def __init__(self, *args):
        pass

    @property
    def typecode(self):
        return self._c

    @property
    def itemsize(self):
        return _SIZES[self._c]

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._v:
            return "%s('%s')" % (name, self._c)
        if self._c == "u":
            return "%s('u', %r)" % (name, "".join(self._v))
        return "%s('%s', %r)" % (name, self._c, self._v)

    def __len__(self):
        return len(self._v)

    def __iter__(self):
        return iter(self._v)

    def __contains__(self, value):
        for x in self._v:
            if x == value:
                return True
        return False

    def __getitem__(self, index):
        if isinstance(index, slice):
            return _new(self._c, self._v[index])
        if not isinstance(index, int) and not hasattr(type(index), "__index__"):
            raise TypeError("array indices must be integers")
        try:
            return self._v[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(value).__name__)
            if value._c != self._c:
                raise TypeError("bad argument type for built-in operation")
            try:
                self._v[index] = list(value._v)
            except ValueError:
                start, stop, step = index.indices(len(self._v))
                raise ValueError("attempt to assign array of size %d to extended slice of size %d"
                                 % (len(value._v), len(range(start, stop, step)))) from None
            return
        if not isinstance(index, int) and not hasattr(type(index), "__index__"):
            raise TypeError("array indices must be integers")
        item = _convert(self._c, value)
        try:
            self._v[index] = item
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._v[index]
            return
        if not isinstance(index, int) and not hasattr(type(index), "__index__"):
            raise TypeError("array indices must be integers")
        try:
            del self._v[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"%s\") to array" % type(other).__name__)
        if other._c != self._c:
            raise TypeError("bad argument type for built-in operation")
        return _new(self._c, self._v + other._v)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend array with array (not \"%s\")"
                            % type(other).__name__)
        if other._c != self._c:
            raise TypeError("can only extend with array of same kind")
        self._v += other._v
        return self

    def __mul__(self, count):
        if not isinstance(count, int) and not hasattr(type(count), "__index__"):
            return NotImplemented
        return _new(self._c, self._v * count)

    __rmul__ = __mul__

    def __imul__(self, count):
        if not isinstance(count, int) and not hasattr(type(count), "__index__"):
            return NotImplemented
        self._v *= count
        return self

    def _compare(self, other, op):
        # CPython's array_richcompare: lengths decide == and != at once; else
        # the first items that differ (fresh values, so a NaN never equals
        # itself), else the lengths.
        a = self._v
        b = other._v
        if len(a) != len(b) and (op == 0 or op == 1):
            return op == 1
        n = min(len(a), len(b))
        k = 0
        while k < n:
            if not a[k] == b[k]:
                break
            k += 1
        if k < n:
            x = a[k]
            y = b[k]
            if op == 0:
                return False
            if op == 1:
                return True
        else:
            x = len(a)
            y = len(b)
        if op == 0:
            return x == y
        if op == 1:
            return x != y
        if op == 2:
            return x < y
        if op == 3:
            return x <= y
        if op == 4:
            return x > y
        return x >= y

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, 0)

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, 1)

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, 2)

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, 3)

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, 4)

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, 5)

    def __copy__(self):
        return _new(self._c, list(self._v))

    def __deepcopy__(self, memo):
        return _new(self._c, list(self._v))

    def append(self, value, /):
        self._v.append(_convert(self._c, value))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._c != self._c:
                raise TypeError("can only extend with array of same kind")
            self._v += iterable._v
            return
        code = self._c
        items = self._v
        for x in iterable:
            items.append(_convert(code, x))

    def insert(self, index, value, /):
        index = _index(index)
        self._v.insert(index, _convert(self._c, value))

    def pop(self, index=-1, /):
        index = _index(index)
        if not self._v:
            raise IndexError("pop from empty array")
        try:
            return self._v.pop(index)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value, /):
        items = self._v
        for k in range(len(items)):
            if items[k] == value:
                del items[k]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, value, start=0, stop=_MAXSIZE, /):
        items = self._v
        n = len(items)
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for k in range(start, min(stop, n)):
            if items[k] == value:
                return k
        raise ValueError("array.index(x): x not in array")

    def count(self, value, /):
        total = 0
        for x in self._v:
            if x == value:
                total += 1
        return total

    def reverse(self):
        self._v.reverse()

    def tolist(self):
        return list(self._v)

    def fromlist(self, items, /):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        code = self._c
        # Converted first, so a bad item leaves the array unchanged.
        self._v += [_convert(code, x) for x in items]

    def tobytes(self):
        return _pack_items(self._c, self._v)

    def frombytes(self, buffer, /):
        data = _bytes_arg(buffer)
        if len(data) % _SIZES[self._c]:
            raise ValueError("bytes length not a multiple of item size")
        self._v += _unpack_items(self._c, data)

    def fromunicode(self, text, /):
        if not isinstance(text, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(text).__name__)
        if self._c != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._v += list(text)

    def tounicode(self):
        if self._c != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._v)

    def buffer_info(self):
        # The first item is the buffer's address in CPython; here an id.
        return (id(self._v), len(self._v))

    def byteswap(self):
        size = _SIZES[self._c]
        if size == 1:
            return
        data = _pack_items(self._c, self._v)
        swapped = bytearray(len(data))
        for k in range(0, len(data), size):
            swapped[k:k + size] = data[k:k + size][::-1]
        self._v = _unpack_items(self._c, bytes(swapped))


ArrayType = array
