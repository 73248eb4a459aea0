"""Path manipulation on POSIX paths, as CPython's `posixpath` does it."""

import _os

sep = "/"
curdir = "."
pardir = ".."


def _check(value):
    if not isinstance(value, str):
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(value).__name__)
    return value


def join(a, *p):
    """Join path components, a component starting with `/` restarting."""
    path = _check(a)
    for b in p:
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


def exists(path):
    """Whether `path` names something (following symbolic links)."""
    return _os.stat_kind(_check(path)) != 0


def isfile(path):
    """Whether `path` is a regular file."""
    return _os.stat_kind(_check(path)) == 1


def isdir(path):
    """Whether `path` is a folder."""
    return _os.stat_kind(_check(path)) == 2


def getsize(path):
    """The size of the file `path` in bytes."""
    return _os.getsize(_check(path))


def normcase(s):
    """Normalize the case of a pathname: unchanged on POSIX."""
    return _check(s)
