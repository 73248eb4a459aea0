"""Guessing a file's MIME type from its name, and extensions from a type,
as CPython's `mimetypes`: the built-in tables (`_mimetypes_defaults`,
generated from CPython 3.11) extended by the system's mime.types files
(`knownfiles`) on first use. There is no Windows registry to read.
"""

import os

import _mimetypes_defaults

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# Until `init` runs these are the built-in tables themselves, as in CPython.
suffix_map = _mimetypes_defaults.SUFFIXES
encodings_map = _mimetypes_defaults.ENCODINGS
types_map = _mimetypes_defaults.TYPES
common_types = _mimetypes_defaults.COMMON_TYPES


def _url_scheme(url):
    """Split `scheme:rest` off `url` when it starts with a scheme (a run
    of characters without '/' or ':'), as `urllib.parse` does before
    guessing; the scheme comes back lower-cased, or None."""
    colon = url.find(":")
    if colon > 0 and "/" not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


class MimeTypes:
    """A table of MIME types and their extensions: the built-in ones,
    then those read from `filenames`. Index 1 of `types_map` and
    `types_map_inv` holds the standard types, index 0 the common
    non-standard ones."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_mimetypes_defaults.ENCODINGS)
        self.suffix_map = dict(_mimetypes_defaults.SUFFIXES)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _mimetypes_defaults.TYPES.items():
            self.add_type(type, ext, True)
        for ext, type in _mimetypes_defaults.COMMON_TYPES.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map `ext` to `type` (replacing its old type) and add `ext` to
        the extensions of `type`."""
        self.types_map[strict][ext] = type
        extensions = self.types_map_inv[strict].setdefault(type, [])
        if ext not in extensions:
            extensions.append(ext)

    def guess_type(self, url, strict=True):
        """`(type, encoding)` for a file name or URL, either None when not
        known. `data:` URLs give their declared type. Suffixes such as
        `.tgz` are first rewritten (`suffix_map`), an encoding suffix
        (`.gz`) is taken off case-sensitively, then the type suffix is
        looked up without case; `strict=False` also tries the common
        non-standard types."""
        url = os.fspath(url)
        scheme, rest = _url_scheme(url)
        if scheme == "data":
            comma = rest.find(",")
            if comma < 0:
                return None, None
            semi = rest.find(";", 0, comma)
            declared = rest[:semi] if semi >= 0 else rest[:comma]
            if "=" in declared or "/" not in declared:
                declared = "text/plain"
            return declared, None
        base, ext = os.path.splitext(rest)
        while ext.lower() in self.suffix_map:
            base, ext = os.path.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = os.path.splitext(base)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions mapped to `type` (case-insensitive), standard
        ones first."""
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        """The first extension of `type`, or None."""
        extensions = self.guess_all_extensions(type, strict)
        return extensions[0] if extensions else None

    def read(self, filename, strict=True):
        """Add the types of a mime.types file."""
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types of an open mime.types file: lines `type ext...`,
        `#` starting a comment."""
        while True:
            line = fp.readline()
            if not line:
                break
            words = []
            for word in line.split():
                if word[0] == "#":
                    break
                words.append(word)
            for suffix in words[1:]:
                self.add_type(words[0], "." + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Nothing to read off Windows."""


def init(files=None):
    """Build the module's table: the built-in types, the `knownfiles`
    that exist and then `files`; with `files` after a first `init`, add
    just those to the existing table."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def _table():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """`(type, encoding)` guessed from the name `url` (see
    `MimeTypes.guess_type`)."""
    return _table().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """The extensions of `type`, standard ones first."""
    return _table().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The first extension of `type`, or None."""
    return _table().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map `ext` to `type` in the module's table."""
    return _table().add_type(type, ext, strict)


def read_mime_types(file):
    """The standard types of a mime.types file as `{ext: type}`, or None
    when it cannot be opened."""
    try:
        fp = open(file, encoding="utf-8")
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]
