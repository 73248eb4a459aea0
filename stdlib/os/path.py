"""Path manipulation on POSIX paths, as CPython's `posixpath` does it."""

import _os

sep = "/"
curdir = "."
pardir = ".."


def _check(value):
    if isinstance(value, str):
        return value
    return _os.fspath(value)


def join(a, *p):
    """Join path components, a component starting with `/` restarting."""
    path = _check(a)
    for b in p:
        if not isinstance(b, str) and hasattr(type(b), "__fspath__"):
            b = _os.fspath(b)
        if not isinstance(b, str):
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                            % type(b).__name__)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    """(head, tail) around the last `/`."""
    p = _check(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    """The final component of `p`."""
    p = _check(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    """Everything before the final component of `p`."""
    return split(p)[0]


def splitext(p):
    """(root, extension); a leading dot does not start an extension."""
    p = _check(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def isabs(s):
    """Whether `s` starts at the root."""
    return _check(s).startswith("/")


def normpath(path):
    """`path` with `.`, `..` and repeated separators resolved textually."""
    path = _check(path)
    if not path:
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    # POSIX lets exactly two leading slashes mean something else.
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    new_comps = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if (comp != ".." or (not initial_slashes and not new_comps)
                or (new_comps and new_comps[-1] == "..")):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    """`path` made absolute against the working folder, normalized."""
    path = _check(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """`filename` made absolute with symbolic links resolved (in the part
    that exists)."""
    filename = abspath(filename)
    if strict and not exists(filename):
        _os.stat(filename)
    return _os.realpath(filename)


def exists(path):
    """Whether `path` names something (following symbolic links)."""
    return _os.stat_kind(_check(path)) != 0


def isfile(path):
    """Whether `path` is a regular file."""
    return _os.stat_kind(_check(path)) == 1


def islink(path):
    """Whether `path` is a symbolic link."""
    try:
        mode = _os.lstat(_check(path))[0]
    except (OSError, ValueError):
        return False
    return mode & 0o170000 == 0o120000


def lexists(path):
    """Whether `path` names something, a broken symbolic link included."""
    try:
        _os.lstat(_check(path))
    except (OSError, ValueError):
        return False
    return True


def isdir(path):
    """Whether `path` is a folder."""
    return _os.stat_kind(_check(path)) == 2


def getsize(path):
    """The size of the file `path` in bytes."""
    return _os.getsize(_check(path))


def normcase(s):
    """Normalize the case of a pathname: unchanged on POSIX."""
    return _check(s)


def getmtime(path):
    """The last modification time of `path`, in seconds since the epoch."""
    raw = _os.stat(_check(path))
    return raw[9] + raw[10] * 1e-9


def getatime(path):
    """The last access time of `path`, in seconds since the epoch."""
    raw = _os.stat(_check(path))
    return raw[7] + raw[8] * 1e-9


def getctime(path):
    """The last metadata change time of `path`, in seconds since the epoch."""
    raw = _os.stat(_check(path))
    return raw[11] + raw[12] * 1e-9


def splitdrive(p):
    """`('', p)`: POSIX paths have no drive."""
    return "", _check(p)


def commonprefix(m):
    """The longest string prefix of every path in `m` (character by character)."""
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of `paths`."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [_check(p) for p in paths]
    absolute = [p.startswith("/") for p in paths]
    if min(absolute) != max(absolute):
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if absolute[0] else ""
    return prefix + "/".join(common)


def relpath(path, start=None):
    """`path` relative to `start` (default the working folder)."""
    if not path:
        raise ValueError("no path specified")
    path = _check(path)
    if start is None:
        start = curdir
    start = _check(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expanduser(path):
    """`path` with a leading `~` replaced by the home folder ($HOME)."""
    path = _check(path)
    if not path.startswith("~"):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = None
    for key, value in _os.environ_items():
        if key == "HOME":
            home = value
    if home is None:
        return path
    home = home.rstrip(sep)
    return (home + path[i:]) or sep

# CPython's `__all__` (the names this module provides), which
# `from os.path import *` binds.
__all__ = [
    'normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
    'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
    'getatime', 'getctime', 'exists', 'isdir', 'isfile', 'expanduser',
    'normpath', 'abspath', 'curdir', 'pardir', 'sep', 'relpath',
    'commonpath', 'realpath', 'islink', 'lexists'
]
