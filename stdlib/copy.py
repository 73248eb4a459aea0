"""Shallow and deep copies, following CPython's `copy` module.

Immutable values are returned as they are; lists, dicts, sets and their
kin are copied by type; other objects use their `__copy__` /
`__deepcopy__`, else a new instance of the same class gets (a copy of)
the original's attribute dict.
"""

import _tyreflect


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, frozenset,
           type(Ellipsis), type(NotImplemented))


def copy(x):
    """A shallow copy of `x`."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or callable(x) and _is_function(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    try:
        copier = cls.__copy__
    except AttributeError:
        return _copy_instance(x, cls, False, None)
    return copier(x)


def deepcopy(x, memo=None):
    """A deep copy of `x`; shared and cyclic references stay shared."""
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls is frozenset:
        # CPython rebuilds frozensets (through pickling's reduce protocol).
        y = frozenset([deepcopy(item, memo) for item in x])
    elif cls in _ATOMIC or _is_function(x):
        return x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cycle through the tuple may have copied it already.
        if d in memo:
            return memo[d]
        same = True
        for old, new in zip(x, items):
            if old is not new:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    else:
        try:
            copier = cls.__deepcopy__
        except AttributeError:
            y = _copy_instance(x, cls, True, memo)
        else:
            y = copier(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo holds the originals too, so their ids stay unique.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _is_function(x):
    name = type(x).__name__
    return name in ("function", "builtin_function_or_method", "method")


def _copy_instance(x, cls, deep, memo):
    # The runtime moves the attributes (`x.__dict__` read here would leave
    # every class of the program untyped).
    try:
        _tyreflect.has_state(x)
    except AttributeError:
        raise Error("un(deep)copyable object of type %s" % cls) from None
    y = object.__new__(cls)
    if deep:
        memo[id(x)] = y
    _tyreflect.copy_state(x, y, deepcopy if deep else None, memo)
    return y

# CPython's `__all__` (the names this module provides), which
# `from copy import *` binds.
__all__ = [
    'Error', 'copy', 'deepcopy'
]
