"""Secure hashes and message digests: `md5`, `sha1`, `sha224`, `sha256`,
`sha384`, `sha512` (and `sha512_224`, `sha512_256` through `new`), as
CPython's `hashlib` gives them, with `update`, `digest`, `hexdigest`,
`copy`, `name`, `digest_size` and `block_size`.

The hashing is native (`runtime/src/modules/hashlib.rs`, the `_hashlib`
module, over the RustCrypto crates); this file checks arguments with
CPython's messages.
"""

import _hashlib

# name: (digest_size, block_size)
_SIZES = {
    "md5": (16, 64),
    "sha1": (20, 64),
    "sha224": (28, 64),
    "sha256": (32, 64),
    "sha384": (48, 128),
    "sha512": (64, 128),
    "sha512_224": (28, 128),
    "sha512_256": (32, 128),
}

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = set(_SIZES)

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "file_digest")


def _data(value):
    if isinstance(value, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(value, (bytes, bytearray)):
        return value
    if isinstance(value, memoryview):
        return value.tobytes()
    raise TypeError("object supporting the buffer API required")


class HASH:
    """A hash object: feed it bytes with `update`, read the digest with
    `digest` or `hexdigest`."""

    def __init__(self, name, state):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._state = state

    def update(self, data):
        """Feed `data` (bytes-like) to the hash."""
        _hashlib.update(self._state, _data(data))

    def digest(self):
        """The digest of the data fed so far, as bytes."""
        return _hashlib.digest(self._state)

    def hexdigest(self):
        """The digest of the data fed so far, as hexadecimal digits."""
        return _hashlib.digest(self._state).hex()

    def copy(self):
        """A copy of the hash, to be fed independently."""
        return HASH(self.name, _hashlib.copy(self._state))

    def __repr__(self):
        return "<%s _hashlib.HASH object>" % self.name


def _make(name, data):
    state = _hashlib.new(name)
    obj = HASH(name, state)
    obj.update(data)
    return obj


_ALIASES = {"sha-1": "sha1", "sha-224": "sha224", "sha-256": "sha256", "sha-384": "sha384",
            "sha-512": "sha512", "sha-512/224": "sha512_224", "sha-512/256": "sha512_256",
            "sha512-224": "sha512_224", "sha512-256": "sha512_256"}


def new(name, data=b"", **kwargs):
    """A hash object for the algorithm `name` (`'sha256'`, ...)."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not " + type(name).__name__)
    for key in kwargs:
        if key not in ("usedforsecurity", "string"):
            raise TypeError("new() got an unexpected keyword argument '%s'" % key)
    if "string" in kwargs:
        data = kwargs["string"]
    key = name.lower()
    key = _ALIASES.get(key, key)
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    return _make(key, data)


def md5(data=b"", *, usedforsecurity=True, string=None):
    """An MD5 hash object."""
    return _make("md5", string if string is not None else data)


def sha1(data=b"", *, usedforsecurity=True, string=None):
    """A SHA-1 hash object."""
    return _make("sha1", string if string is not None else data)


def sha224(data=b"", *, usedforsecurity=True, string=None):
    """A SHA-224 hash object."""
    return _make("sha224", string if string is not None else data)


def sha256(data=b"", *, usedforsecurity=True, string=None):
    """A SHA-256 hash object."""
    return _make("sha256", string if string is not None else data)


def sha384(data=b"", *, usedforsecurity=True, string=None):
    """A SHA-384 hash object."""
    return _make("sha384", string if string is not None else data)


def sha512(data=b"", *, usedforsecurity=True, string=None):
    """A SHA-512 hash object."""
    return _make("sha512", string if string is not None else data)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash object for the whole content of the binary file object
    `fileobj`, `digest` a name or a constructor."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
