"""Path names matching shell-style patterns (`*`, `?`, `[seq]`, and `**`
with `recursive=True`), with the behaviour of CPython's `glob`: results in
the order the system lists folders, names starting with `.` matched only
by patterns starting with `.` (unless `include_hidden=True`).

Patterns are `str` only (CPython also takes `bytes`); `dir_fd` is not
supported.
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname`."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching `pathname`."""
    if dir_fd is not None:
        raise NotImplementedError("typhon's glob does not support dir_fd")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    return _skip_empty(_iglob(pathname, root_dir, recursive, False, include_hidden))


def _skip_empty(paths):
    # A recursive `**` at the start yields the empty relative path first,
    # which names the starting folder itself: CPython drops it.
    for path in paths:
        if path:
            yield path


def has_magic(s):
    """Whether `s` holds a wildcard character."""
    for ch in s:
        if ch == "*" or ch == "?" or ch == "[":
            return True
    return False


def _is_recursive(pattern):
    return pattern == "**"


def escape(pathname):
    """`pathname` with its wildcard characters made literal."""
    drive, rest = os.path.splitdrive(pathname)
    out = []
    for ch in rest:
        if ch == "*" or ch == "?" or ch == "[":
            out.append("[" + ch + "]")
        else:
            out.append(ch)
    return drive + "".join(out)


def _join(root, path):
    if root is None:
        return path
    return os.path.join(root, path)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            # A pattern ending in a separator matches folders only.
            if os.path.isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, dirname, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, dirname, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            in_dir = _glob2
        else:
            in_dir = _glob1
    else:
        in_dir = _glob0
    for folder in dirs:
        for name in in_dir(root_dir, folder, basename, dironly, include_hidden):
            yield os.path.join(folder, name)


def _glob1(root_dir, dirname, pattern, dironly, include_hidden):
    names = _listdir(_join(root_dir, dirname) if dirname else (root_dir or os.curdir), dironly)
    if not (include_hidden or pattern.startswith(".")):
        names = [name for name in names if not name.startswith(".")]
    return fnmatch.filter(names, pattern)


def _glob0(root_dir, dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(root_dir, os.path.join(dirname, basename))):
            return [basename]
    elif os.path.isdir(_join(root_dir, dirname)):
        return [basename]
    return []


def _glob2(root_dir, dirname, pattern, dironly, include_hidden):
    yield ""
    yield from _rlistdir(root_dir, dirname, dironly, include_hidden)


def _rlistdir(root_dir, dirname, dironly, include_hidden):
    names = _listdir(_join(root_dir, dirname) if dirname else (root_dir or os.curdir), dironly)
    for name in names:
        if include_hidden or not name.startswith("."):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            for below in _rlistdir(root_dir, path, dironly, include_hidden):
                yield os.path.join(name, below)


def _listdir(path, dironly):
    try:
        names = os.listdir(path)
    except OSError:
        return []
    if dironly:
        return [name for name in names if os.path.isdir(os.path.join(path, name))]
    return names


def _lexists(path):
    return os.path.exists(path) or os.path.islink(path)


# The names CPython's glob module also offers (used by older code).
def glob0(dirname, pattern):
    return _glob0(None, dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _glob1(None, dirname, pattern, False, False)


