"""Helpers for `pickle` and `copy`: the reconstruction functions named in
pickles (`__newobj__`, `__newobj_ex__`, `_reconstructor`), the
`dispatch_table` that `pickle()` registers reduction functions in, and
`_slotnames`, as CPython 3.11's `copyreg` gives them.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    # What protocols 0 and 1 name to remake an instance: the first built-in
    # base's constructor applied to the saved value of that base.
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        # The immutable types are made whole by __new__ (and typhon's have
        # no __init__ of their own to compare with object's).
        if base not in (tuple, str, bytes, int, float, complex, frozenset) and \
                base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of the `__slots__` of `cls` and its bases, private names
    mangled, without `__dict__` and `__weakref__`."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def add_extension(module, name, code):
    raise NotImplementedError("copyreg extension codes are not supported by typhon")


def remove_extension(module, name, code):
    raise ValueError("key %s is not registered with code %s" % ((module, name), code))


def clear_extension_cache():
    _extension_cache.clear()
