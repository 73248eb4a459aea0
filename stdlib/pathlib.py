"""Object-oriented file system paths, as CPython 3.11's `pathlib` gives them
on Linux: `PurePath`, `PurePosixPath`, `Path` and `PosixPath`.

A path keeps CPython's parsed form: `_drv` (always empty on POSIX), `_root`
(`''`, `'/'` or `'//'`) and `_parts` (the root first when there is one,
then the components without `.` and empty ones). The file system methods
go through `os`, `os.path` and `open`.
"""

import os
import fnmatch as _fnmatch

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _split_root(part):
    # POSIX keeps exactly two leading slashes; more collapse to one.
    if part and part[0] == "/":
        stripped = part.lstrip("/")
        if len(part) - len(stripped) == 2:
            return "//", stripped
        return "/", stripped
    return "", part


def _parse_parts(parts):
    # CPython's `_Flavour.parse_parts`: the last absolute part restarts.
    root = ""
    parsed = []
    for part in reversed(parts):
        if not part:
            continue
        part_root, rel = _split_root(part)
        for x in reversed(rel.split("/")):
            if x and x != ".":
                parsed.append(x)
        if part_root:
            root = part_root
            break
    if root:
        parsed.append(root)
    parsed.reverse()
    return "", root, parsed


def _format(drv, root, parts):
    if drv or root:
        return drv + root + "/".join(parts[1:])
    return "/".join(parts)


def _arg_parts(args):
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            parts.extend(a._parts)
            continue
        if not isinstance(a, (str, bytes)):
            if not hasattr(type(a), "__fspath__"):
                raise TypeError("expected str, bytes or os.PathLike object, not "
                                + type(a).__name__)
            a = a.__fspath__()
        if isinstance(a, str):
            parts.append(str(a))
        else:
            raise TypeError("argument should be a str object or an os.PathLike object "
                            "returning str, not %r" % (type(a),))
    return parts


class _PathParents:
    """The immutable sequence of a path's logical ancestors."""

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """A path on the file system, without I/O: `PurePath(...)` makes a
    `PurePosixPath`."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = _parse_parts(_arg_parts(args))
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    def _make_child(self, args):
        drv, root, parts = _parse_parts(_arg_parts(args))
        if root:
            return self._from_parsed_parts(drv, root, parts)
        return self._from_parsed_parts(self._drv, self._root, self._parts + parts)

    def __str__(self):
        return _format(self._drv, self._root, self._parts) or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return str(self).encode("utf-8", "surrogateescape")

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a `file:` URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        path = str(self)
        if path.startswith("//"):
            return "file:" + _quote(path)
        return "file://" + _quote(path)

    def _key(self):
        return tuple(self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    @property
    def drive(self):
        """The drive: always empty on POSIX."""
        return self._drv

    @property
    def root(self):
        """The root: `'/'`, `'//'` or empty."""
        return self._root

    @property
    def anchor(self):
        """The drive and root together."""
        return self._drv + self._root

    @property
    def parts(self):
        """The components, the anchor first."""
        return tuple(self._parts)

    @property
    def name(self):
        """The final component, without the anchor."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ""
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last extension (with its dot)."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """The final component's extensions."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + suffix for suffix in name.split(".")[1:]]

    @property
    def stem(self):
        """The final component without its last extension."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """This path with the final component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = _parse_parts((name,))
        if not name or name[-1] == "/" or drv or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """This path with the stem replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with the suffix replaced (or removed, when empty)."""
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """This path relative to `other`; `ValueError` when it is not
        inside it."""
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = _parse_parts(_arg_parts(other))
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        if (root or drv) if n == 0 else abs_parts[:n] != to_abs_parts:
            formatted = _format(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts("", root if n == 1 else "", abs_parts[n:])

    def is_relative_to(self, *other):
        """Whether this path is inside `other`."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """This path joined with each argument in turn."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent (the path itself for an anchor or `.`)."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        if not parts:
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """The logical ancestors, nearest first."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        """Always false on POSIX."""
        return False

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, from the right
        (from the anchor for an absolute pattern)."""
        drv, root, pat_parts = _parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._parts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(part, pat):
                return False
        return True


_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/"


def _quote(text):
    # urllib.parse.quote_from_bytes with '/' safe.
    out = []
    for byte in text.encode("utf-8", "surrogateescape"):
        char = chr(byte)
        if char in _SAFE:
            out.append(char)
        else:
            out.append("%%%02X" % byte)
    return "".join(out)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""


class PureWindowsPath(PurePath):
    """Windows paths are not supported: making one raises
    `NotImplementedError`."""

    def __new__(cls, *args):
        raise NotImplementedError("typhon's pathlib has no Windows paths")


def _is_wildcard(pattern):
    return "*" in pattern or "?" in pattern or "[" in pattern


class Path(PurePath):
    """A path with file system methods: `Path(...)` makes a `PosixPath`."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        """The working folder."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The home folder (`$HOME`)."""
        return cls("~").expanduser()

    def expanduser(self):
        """The path with a leading `~` replaced by the home folder."""
        if self._parts and self._parts[0][:1] == "~" and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([home] + self._parts[1:])
        return self

    def absolute(self):
        """The path made absolute against the working folder (not
        normalized)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with `..` and symbolic links resolved."""
        return self._from_parts((os.path.realpath(str(self), strict=strict),))

    def stat(self, *, follow_symlinks=True):
        """`os.stat` of the path."""
        return os.stat(str(self))

    def exists(self):
        """Whether the path names something."""
        return os.path.exists(str(self))

    def is_dir(self):
        """Whether the path is a folder."""
        return os.path.isdir(str(self))

    def is_file(self):
        """Whether the path is a regular file."""
        return os.path.isfile(str(self))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as `open` does."""
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        """The whole file as text."""
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        """The whole file as bytes."""
        with self.open(mode="rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's content with `data` (a str); the number of
        characters written."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        """Replace the file's content with `data` (bytes-like); the number
        of bytes written."""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open(mode="wb") as f:
            return f.write(bytes(data))

    def touch(self, mode=0o666, exist_ok=True):
        """Make the file if it does not exist."""
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with self.open(mode="a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Make the folder (and its missing parents with `parents=True`)."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        """Remove the empty folder."""
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        """Remove the file."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """Rename the file or folder to `target`; the new path."""
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        """Rename to `target`, replacing a file there; the new path."""
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def samefile(self, other_path):
        """Whether both paths name the same file."""
        st = self.stat()
        if not isinstance(other_path, Path):
            other_path = type(self)(other_path)
        other = other_path.stat()
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def iterdir(self):
        """The paths of the folder's entries, in the order the system
        lists them."""
        for name in os.listdir(str(self)):
            yield self._make_child_relpath(name)

    def _make_child_relpath(self, name):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [name])

    def glob(self, pattern):
        """The paths under this folder matching the relative glob
        `pattern` (`**` matches any number of folders)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pattern_parts = _parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == "/":
            pattern_parts.append("")
        for path in self._select(pattern_parts):
            yield path

    def rglob(self, pattern):
        """`glob` of `**/pattern`: matches at any depth."""
        drv, root, pattern_parts = _parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == "/":
            pattern_parts.append("")
        for path in self._select(["**"] + pattern_parts):
            yield path

    def _select(self, pattern_parts):
        for pat in pattern_parts:
            if not pat:
                break
            if "**" in pat and pat != "**":
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if not self.is_dir():
            return []
        return _select_from(self, pattern_parts, 0)


def _entries(path):
    try:
        names = os.listdir(str(path))
    except OSError:
        return []
    return names


def _select_from(path, parts, index):
    # CPython's selector chain: one step per pattern part; a part that is
    # not last selects folders only.
    if index == len(parts):
        yield path
        return
    pat = parts[index]
    last = index == len(parts) - 1
    if pat == "":
        # A trailing separator: folders only.
        if path.is_dir():
            yield path
        return
    if pat == "**":
        yielded = set()
        for start in _iterate_dirs(path):
            for p in _select_from(start, parts, index + 1):
                if p not in yielded:
                    yielded.add(p)
                    yield p
        return
    if not _is_wildcard(pat):
        child = path._make_child_relpath(pat)
        if (child.is_dir() if not last else child.exists()):
            for p in _select_from(child, parts, index + 1):
                yield p
        return
    for name in _entries(path):
        child = path._make_child_relpath(name)
        if not last and not child.is_dir():
            continue
        if _fnmatch.fnmatchcase(name, pat):
            for p in _select_from(child, parts, index + 1):
                yield p


def _iterate_dirs(path):
    yield path
    for name in _entries(path):
        child = path._make_child_relpath(name)
        if child.is_dir():
            for p in _iterate_dirs(child):
                yield p


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported: making one raises
    `NotImplementedError`."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
