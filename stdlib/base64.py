"""Base16, base32 and base64 encodings of bytes, as CPython's `base64`
gives them (`b64encode`, `b64decode`, the standard and URL-safe variants,
`b32encode`, `b32decode`, `b32hexencode`, `b32hexdecode`, `b16encode`,
`b16decode`, `encodebytes`, `decodebytes`), over `binascii`."""

import binascii

__all__ = ["encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode", "b32decode",
           "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]


def _decode_input(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % type(s).__name__)


def _swap(data, old, new):
    # bytes.translate with a two-character table.
    return data.translate(bytes.maketrans(old, new))


def b64encode(s, altchars=None):
    """Base64 of the bytes-like `s`; `altchars` replaces `+/`."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        return _swap(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of the base64 text `s`; with `validate`, characters outside
    the alphabet are an error instead of being skipped."""
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = _swap(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode base64 with the standard alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with `-` and `_` in place of `+` and `/`."""
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    """Decode the URL-safe base64 alphabet."""
    s = _decode_input(s)
    return b64decode(_swap(s, b"-_", b"+/"))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32_encode(alphabet, s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    s = bytes(s)
    out = bytearray()
    for start in range(0, len(s), 5):
        chunk = s[start:start + 5]
        count = len(chunk)
        value = int.from_bytes(chunk + bytes(5 - count), "big")
        for shift in range(35, -5, -5):
            out.append(alphabet[(value >> shift) & 31])
        if count < 5:
            keep = (count * 8 + 4) // 5
            out[len(out) - 8 + keep:] = b"=" * (8 - keep)
    return bytes(out)


def _b32_decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_input(map01)
        if len(map01) != 1:
            raise AssertionError(repr(map01))
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    values = {}
    for index in range(32):
        values[alphabet[index]] = index
    out = bytearray()
    for start in range(0, len(stripped), 8):
        quanta = stripped[start:start + 8]
        acc = 0
        for byte in quanta:
            if byte not in values:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) + values[byte]
        acc <<= 5 * (8 - len(quanta))
        out += acc.to_bytes(5, "big")
    if len(s) % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if padchars and out:
        keep = (5 * (8 - padchars)) // 8
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Base32 of the bytes-like `s`."""
    return _b32_encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of the base32 text `s`."""
    return _b32_decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hexadecimal alphabet."""
    return _b32_encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode base32 with the extended hexadecimal alphabet."""
    return _b32_decode(_B32HEX, s, casefold)


def b16encode(s):
    """Upper-case hexadecimal digits of `s`."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes of the hexadecimal text `s` (upper case unless
    `casefold`)."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for byte in s:
        if not (48 <= byte <= 57 or 65 <= byte <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


_MAXBINSIZE = 57


def _check_bytes_like(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)


def encodebytes(s):
    """Base64 of `s` in lines of 76 characters, each ending with a newline."""
    _check_bytes_like(s)
    pieces = []
    for start in range(0, len(s), _MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[start:start + _MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """The bytes of base64 lines."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)
