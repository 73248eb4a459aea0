"""zoneinfo: IANA time zones as `datetime.tzinfo` objects.

typhon provides the zones whose offset is always zero (`UTC`, `Etc/UTC`,
`GMT`, `Zulu`, ... named as CPython names them); asking for another zone that
exists in the time-zone database raises `NotImplementedError` rather than
giving wrong offsets, and one that does not exist raises CPython's
`ZoneInfoNotFoundError`."""

import os
from datetime import datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

# The zones always at offset zero, with the abbreviation their files give.
_ZERO_ZONES = {
    "UTC": "UTC", "Etc/UTC": "UTC", "UCT": "UTC", "Etc/UCT": "UTC",
    "Universal": "UTC", "Etc/Universal": "UTC", "Zulu": "UTC", "Etc/Zulu": "UTC",
    "GMT": "GMT", "Etc/GMT": "GMT", "GMT0": "GMT", "Etc/GMT0": "GMT",
    "GMT+0": "GMT", "Etc/GMT+0": "GMT", "GMT-0": "GMT", "Etc/GMT-0": "GMT",
    "Greenwich": "GMT", "Etc/Greenwich": "GMT",
}

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo",
                   "/usr/share/lib/zoneinfo", "/etc/zoneinfo")
TZPATH = _DEFAULT_TZPATH
_ZERO = timedelta(0)


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""

    __module__ = "zoneinfo._common"


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""

    __module__ = "zoneinfo._tzpath"


def reset_tzpath(to=None):
    """Set the folders searched for zone files (CPython's default without
    an argument; typhon reads no `PYTHONTZPATH`)."""
    global TZPATH
    if to is None:
        TZPATH = _DEFAULT_TZPATH
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
    paths = tuple(to)
    for path in paths:
        if not os.path.isabs(path):
            raise ValueError(f"tzpaths must be absolute paths, got: {path!r}")
    TZPATH = paths


def _validate_key(key):
    if not isinstance(key, str):
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(key).__name__)
    if key.startswith("/"):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    # A key that normalising shortens (a/../b, a/b/, '') names no file of
    # its own.
    normal = os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if not os.path.normpath(os.path.join("_", normal)).startswith("_/"):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_file(key):
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The keys of every zone file found in `TZPATH` (files starting with
    the TZif magic), as CPython finds them without the `tzdata` package."""
    valid = set()
    for root in TZPATH:
        if not os.path.exists(root):
            continue
        for dirpath, dirnames, files in os.walk(root):
            if dirpath == root:
                if "right" in dirnames:
                    dirnames.remove("right")
                if "posix" in dirnames:
                    dirnames.remove("posix")
            for name in files:
                path = os.path.join(dirpath, name)
                key = os.path.relpath(path, start=root)
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            valid.add(key)
                except (OSError, ValueError):
                    pass
    valid.discard("posixrules")
    return valid


class ZoneInfo(tzinfo):
    """A time zone of the IANA database (only the zero-offset ones)."""

    _cache = {}

    def __new__(cls, key):
        found = cls._cache.get(key)
        if found is None:
            found = cls.no_cache(key)
            cls._cache[key] = found
        return found

    @classmethod
    def no_cache(cls, key):
        _validate_key(key)
        abbreviation = _ZERO_ZONES.get(key)
        if abbreviation is None:
            if _find_file(key) is None:
                raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
            raise NotImplementedError(
                f"zoneinfo: typhon provides only the zero-offset zones (UTC, GMT, ...), not {key!r}")
        zone = tzinfo.__new__(cls)
        zone._key = key
        zone._abbreviation = abbreviation
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        raise NotImplementedError("zoneinfo: typhon does not read zone files")

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return _ZERO

    def dst(self, dt):
        return _ZERO

    def tzname(self, dt):
        return self._abbreviation

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt

    def __str__(self):
        return self._key

    def __repr__(self):
        return f"{type(self).__module__}.{type(self).__qualname__}(key={self._key!r})"

    def __reduce__(self):
        # A module-level function (CPython reduces to the bound classmethod
        # `ZoneInfo._unpickle`, which typhon's pickle cannot save).
        return (_unpickle, (self._key,))


def _unpickle(key, /):
    """Unpickle a zone: the cached one of its key."""
    return ZoneInfo(key)
