"""The part of CPython's `_operator` that other modules need:
`_compare_digest`, which `hmac` and `secrets` export as `compare_digest`."""


def _compare_digest(a, b):
    """Whether `a` and `b` are equal, in a time that does not depend on
    where they differ: two ASCII `str`s or two bytes-like objects."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    else:
        a_buffer = isinstance(a, (bytes, bytearray))
        b_buffer = isinstance(b, (bytes, bytearray))
        if not a_buffer and not b_buffer:
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for value, ok in ((a, a_buffer), (b, b_buffer)):
            if not ok:
                raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
    a = bytes(a)
    b = bytes(b)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
