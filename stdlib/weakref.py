"""weakref: weak references, as far as typhon's collector allows.

typhon frees objects at a tracing collection, not when their last reference
goes, so it cannot tell when CPython would have found an object dead.  A
weak reference here therefore keeps its referent alive: everything behaves
as in CPython while the referent is alive (the only case this module can
get right), and the constructs whose whole point is to run code when an
object dies (`ref` callbacks, `finalize`) raise `NotImplementedError`
instead of silently never running.  See docs/unsupported.md.
"""

from collections.abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_NOT_WEAKREFABLE = {
    int, str, tuple, list, dict, type(None), bytes, float, bool, complex,
    range, object, bytearray, slice, property, staticmethod, classmethod,
    type(Ellipsis), type(NotImplemented),
}


def _slots_forbid(cls):
    # A class whose every non-builtin class in the MRO has __slots__ without
    # '__weakref__' has no weak reference slot.
    user_class = False
    for klass in cls.__mro__:
        if klass.__module__ == 'builtins':
            continue
        user_class = True
        own = vars(klass)
        if '__slots__' not in own:
            return False
        slots = own['__slots__']
        if isinstance(slots, str):
            slots = (slots,)
        if '__weakref__' in slots:
            return False
    return user_class


def _check_referent(obj):
    cls = type(obj)
    if (cls in _NOT_WEAKREFABLE
            or issubclass(cls, (int, tuple, bytes))
            or (issubclass(cls, BaseException) and cls.__module__ == 'builtins')
            or _slots_forbid(cls)):
        raise TypeError("cannot create weak reference to %r object"
                        % cls.__name__)


def _no_callbacks(what):
    raise NotImplementedError(
        "typhon does not support weak reference callbacks (%s): objects are "
        "freed by a tracing collector, so the callback could not run when "
        "CPython would run it" % what)


# id(referent) -> its callback-free reference, so that `ref(o) is ref(o)`
# as in CPython; the entry keeps the referent alive, so the id stays its own.
_canonical = {}


class ReferenceType:
    """A reference to an object (kept alive: see the module docstring)."""

    __slots__ = ('_referent', '__callback__')

    def __new__(cls, obj, callback=None):
        if callback is not None:
            _no_callbacks("weakref.ref(obj, callback)")
        _check_referent(obj)
        if cls is ReferenceType:
            existing = _canonical.get(id(obj))
            if existing is not None:
                return existing
        self = object.__new__(cls)
        self._referent = obj
        self.__callback__ = None
        if cls is ReferenceType:
            _canonical[id(obj)] = self
        return self

    def __init__(self, obj, callback=None):
        pass

    def __call__(self):
        return self._referent

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent != other._referent

    def __hash__(self):
        return hash(self._referent)

    def __repr__(self):
        obj = self._referent
        return "<weakref at %#x; to '%s' at %#x>" % (
            id(self), type(obj).__name__, id(obj))


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A reference to a bound method: calling it makes the method again."""

    __slots__ = ('_func', '_method')

    def __new__(cls, meth, callback=None):
        if callback is not None:
            _no_callbacks("weakref.WeakMethod(meth, callback)")
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ReferenceType.__new__(cls, obj)
        self._func = func
        # typhon cannot build a bound method from its parts, so the one
        # given is kept and returned (CPython makes an equal new one).
        self._method = meth
        return self

    def __call__(self):
        return self._method

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return (self._referent is other._referent
                    and self._func == other._func)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self.__eq__(other)
        return NotImplemented

    def __hash__(self):
        return hash((self._referent, self._func))


def _target(p):
    return object.__getattribute__(p, '_referent')


class ProxyType:
    """Stands for its referent: attribute access and operators go to it."""

    __slots__ = ('_referent',)

    def __getattr__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __str__(self):
        return str(_target(self))

    def __repr__(self):
        obj = _target(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (
            id(self), type(obj).__name__, id(obj))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == other

    def __ne__(self, other):
        return _target(self) != other

    def __lt__(self, other):
        return _target(self) < other

    def __le__(self, other):
        return _target(self) <= other

    def __gt__(self, other):
        return _target(self) > other

    def __ge__(self, other):
        return _target(self) >= other

    def __add__(self, other):
        return _target(self) + other

    def __radd__(self, other):
        return other + _target(self)

    def __sub__(self, other):
        return _target(self) - other

    def __rsub__(self, other):
        return other - _target(self)

    def __mul__(self, other):
        return _target(self) * other

    def __rmul__(self, other):
        return other * _target(self)

    def __truediv__(self, other):
        return _target(self) / other

    def __floordiv__(self, other):
        return _target(self) // other

    def __mod__(self, other):
        return _target(self) % other

    def __neg__(self):
        return -_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __index__(self):
        return _target(self).__index__()


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.CallableProxyType'")


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    if callback is not None:
        _no_callbacks("weakref.proxy(obj, callback)")
    _check_referent(obj)
    kind = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(kind)
    object.__setattr__(p, '_referent', obj)
    return p


class WeakValueDictionary(MutableMapping):
    """A mapping whose values must allow weak references."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check_referent(value)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = WeakValueDictionary()
        new.data = dict(self.data)
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(key, default)

    def setdefault(self, key, default=None):
        if key in self.data:
            return self.data[key]
        self[key] = default
        return default

    def itervaluerefs(self):
        for value in list(self.data.values()):
            yield ref(value)

    def valuerefs(self):
        return [ref(value) for value in self.data.values()]

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys must allow weak references."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        _check_referent(key)
        return self.data[key]

    def __setitem__(self, key, value):
        _check_referent(key)
        self.data[key] = value

    def __delitem__(self, key):
        _check_referent(key)
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            _check_referent(key)
        except TypeError:
            return False
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = WeakKeyDictionary()
        new.data = dict(self.data)
        return new

    __copy__ = copy

    def get(self, key, default=None):
        _check_referent(key)
        return self.data.get(key, default)

    def setdefault(self, key, default=None):
        _check_referent(key)
        return self.data.setdefault(key, default)

    def keyrefs(self):
        return [ref(key) for key in self.data]

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(MutableSet):
    """A set of objects that must allow weak references."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            _check_referent(item)
        except TypeError:
            return False
        return item in self.data

    def __repr__(self):
        return repr(set(ref(item) for item in self.data))

    def add(self, item):
        _check_referent(item)
        self.data.add(item)

    def discard(self, item):
        _check_referent(item)
        self.data.discard(item)

    def remove(self, item):
        _check_referent(item)
        self.data.remove(item)

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        return self.data.pop()

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def _from(self, items):
        new = self.__class__()
        new.data = set(items)
        return new

    def union(self, other):
        return self._from(self.data | set(other))

    __or__ = union

    def intersection(self, other):
        return self._from(self.data & set(other))

    __and__ = intersection

    def difference(self, other):
        return self._from(self.data - set(other))

    __sub__ = difference

    def symmetric_difference(self, other):
        return self._from(self.data ^ set(other))

    __xor__ = symmetric_difference

    def issubset(self, other):
        return self.data.issubset(set(other))

    def issuperset(self, other):
        return self.data.issuperset(set(other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data


class finalize:
    """Not supported: its callback runs when the object dies or at exit."""

    def __init__(self, obj, func, /, *args, **kwargs):
        _no_callbacks("weakref.finalize")
