"""Keyed-hash message authentication (RFC 2104): `new`, `digest`,
`compare_digest` and the `HMAC` class, over `hashlib`.

An HMAC is H((K ^ opad) || H((K ^ ipad) || message)) with the key padded
to the hash's block size (hashed first when longer); the inner and outer
hash states are kept apart so `update` and `copy` work on the inner one.
"""

import hashlib as _hashlib
from _operator import _compare_digest as compare_digest

__all__ = ["new", "compare_digest", "digest", "HMAC"]

digest_size = None

_OUTER_PAD = 0x5C
_INNER_PAD = 0x36


def _constructor(digestmod):
    """A function making a new hash object (from optional data) for
    `digestmod`: a name for `hashlib.new`, a constructor, or a module
    with `new`."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


class HMAC:
    """An HMAC object: feed it with `update`, read `digest()` or
    `hexdigest()` at any time."""

    blocksize = 64

    __slots__ = ("_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, "block_size", None)
        if block is None or block < 16:
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key) + bytes(block - len(key))
        self._outer.update(bytes([byte ^ _OUTER_PAD for byte in key]))
        self._inner.update(bytes([byte ^ _INNER_PAD for byte in key]))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed `msg` (bytes-like) to the inner hash."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _final(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the data fed so far, as bytes."""
        return self._final().digest()

    def hexdigest(self):
        """The MAC of the data fed so far, as hexadecimal text."""
        return self._final().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new `HMAC` object for `key`, fed with `msg` when given."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of `msg` with `key` and the hash `digest`, in one call."""
    return HMAC(key, msg, digest).digest()
