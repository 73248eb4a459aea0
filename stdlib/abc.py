"""Abstract Base Classes (PEP 3119), with the behaviour of CPython's `abc`.

`ABCMeta` keeps, per class, the classes registered with it and its
subclasses made with it, and answers `isinstance`/`issubclass` through
`__instancecheck__`/`__subclasscheck__`. Instantiating a class that has
abstract methods left raises CPython's TypeError from the metaclass's
`__call__` (CPython checks in `object.__new__`).
"""

import _tyreflect


def abstractmethod(funcobj):
    """Mark a method abstract: a class with one cannot be instantiated
    until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated decorators are functions here (CPython: subclasses of
# classmethod, staticmethod and property), giving the same objects.
def abstractclassmethod(callable):
    """Deprecated: use `classmethod` over `abstractmethod`."""
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    """Deprecated: use `staticmethod` over `abstractmethod`."""
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use `property` over `abstractmethod`."""
    if fget is not None:
        abstractmethod(fget)
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if isinstance(value, property):
        return (_is_abstract(value.fget) or _is_abstract(value.fset)
                or _is_abstract(value.fdel))
    if isinstance(value, (staticmethod, classmethod)):
        # `__wrapped__` is `__func__` here; a load of `__func__` anywhere
        # could take a method's function out of a bound method, which
        # leaves the methods of the program's classes untyped.
        return _is_abstract(value.__wrapped__)
    return getattr(value, '__isabstractmethod__', False) is True


def _abstracts_of(cls, namespace_items, bases):
    abstracts = set()
    for name, value in namespace_items:
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            # The runtime looks `name` up (a value found by a computed name
            # held here would leave the program's classes untyped).
            if _tyreflect.test_attr(cls, name, _is_abstract):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace.items(), bases)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        _all_abcs.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; return the subclass, so
        this can be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidate_caches()
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        # `issubclass(c, cls)` runs `type(cls).__subclasscheck__(cls, c)`
        # like CPython's `cls.__subclasscheck__(c)`; written so, the class
        # of `instance` is only inspected, which keeps instance inference
        # standing for the program's classes.
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if subclass in cls._abc_negative_cache:
                return False
            return issubclass(subclass, cls)
        return issubclass(subclass, cls) or issubclass(subtype, cls)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for child in cls._abc_subclasses:
            if issubclass(subclass, child):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()
        _invalidate_caches()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


_all_abcs = []
_cache_token = [0]


def _invalidate_caches():
    # A registration can change any answer an ABC gave before.
    for abc_class in _all_abcs:
        abc_class._abc_cache.clear()
        abc_class._abc_negative_cache.clear()


def get_cache_token():
    """A token that changes whenever a class is registered with an ABC."""
    return _cache_token[0]


def update_abstractmethods(cls):
    """Recompute the abstract methods of an ABC after methods were added
    to it after its creation."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in type.__getattribute__(cls, "__dict__").items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclassing it gives a class ABCMeta as metaclass."""

    __slots__ = ()
