"""Names for type hints: the parts of CPython's `typing` that programs
import and use in annotations (which Python 3.11 evaluates when a `def` or
`class` runs): `Any`, `List[int]`, `Optional[str]`, `Union`, `Callable`,
`TypeVar`, `Generic`, `Protocol`, `NamedTuple`, `TypedDict`, `cast`, ...

The objects print as CPython's do (`typing.List[int]`, `~T`). Differences:
the abstract collection names (`Iterable`, `Mapping`, ...) stand for no
real class, so `isinstance` against them is refused; `Protocol` classes
are ordinary base classes (no structural `isinstance`); a `NamedTuple`
class has a hidden base between it and `tuple`, and a `TypedDict` class a
hidden `dict` base (its instances are plain dicts, as in CPython).
"""

from collections import namedtuple as _namedtuple
import abc as _abc
import _tyreflect
import _tyforward
import sys as _sys

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    return repr(obj)


def _arg_repr(obj):
    if obj is type(None):
        return "NoneType"
    if isinstance(obj, list):
        return "[%s]" % ", ".join([_arg_repr(a) for a in obj])
    return _type_repr(obj)


def _as_tuple(params):
    if isinstance(params, tuple):
        return params
    return (params,)


# `int | None` and `list[int]` are native objects (PEP 604 and 585).
_UnionType = type(int | str)
_NativeAlias = type(list[int])


def _check_type(arg):
    if arg is None:
        return type(None)
    return arg


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """A bare special name (`Any`, `Union`, `Optional`, `ClassVar`, ...)."""

    __slots__ = ("_name", "_typing_name", "_getitem")

    def __init__(self, name, getitem):
        self._name = name
        self._typing_name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError("%r is not subscriptable" % self)
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _GenericAlias(_Final):
    """`List[int]`, `Dict[str, int]`, `Generic[T]`, `Stack[int]`."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._typing_name = name

    def __repr__(self):
        if self._name is None:
            head = _type_repr(self.__origin__)
        else:
            head = "typing." + self._name
        if self._name == "Callable" and len(self.__args__) == 2:
            params, result = self.__args__
            if params is ...:
                return "%s[..., %s]" % (head, _arg_repr(result))
            return "%s[%s, %s]" % (head, _arg_repr(params), _arg_repr(result))
        if not self.__args__:
            return "%s[()]" % head
        return "%s[%s]" % (head, ", ".join([_arg_repr(a) for a in self.__args__]))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Type %s cannot be instantiated" % self._name)
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is None:
            raise TypeError("Cannot subclass %r" % self)
        if origin is Generic or origin is Protocol:
            for base in bases:
                if base is not self and isinstance(base, _GenericAlias) and base.__origin__ is origin:
                    break
            return (origin,)
        if isinstance(origin, type):
            for base in bases:
                if isinstance(base, type) and issubclass(base, Generic):
                    return (origin,)
            return (origin,)
        return ()

    def __getitem__(self, params):
        params = _as_tuple(params)
        free = [a for a in self.__args__ if isinstance(a, TypeVar)]
        if len(free) != len(params):
            raise TypeError("Too %s arguments for %r" % ("many" if len(params) > len(free) else "few", self))
        mapping = dict(zip(free, params))
        args = tuple([mapping.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__])
        return _GenericAlias(self.__origin__, args, self._name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class _SpecialGenericAlias(_Final):
    """A bare generic name (`List`, `Dict`, `Iterable`): subscripting it
    gives a `_GenericAlias`."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._typing_name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _as_tuple(params)
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError(
                    "Callable must be used as Callable[[arg, ...], result]."
                )
            args, result = params
            if isinstance(args, list):
                args = [_check_type(a) for a in args]
            return _GenericAlias(self.__origin__, (args, _check_type(result)), self._name)
        if self._name == "Tuple":
            return _GenericAlias(self.__origin__, params, self._name)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(
                "Too %s arguments for typing.%s; actual %d, expected %d"
                % (
                    "many" if len(params) > self._nparams else "few",
                    self._name,
                    len(params),
                    self._nparams,
                )
            )
        return _GenericAlias(self.__origin__, tuple([_check_type(p) for p in params]), self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Type %s cannot be instantiated" % self._name)
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if self.__origin__ is None:
            raise TypeError("Cannot subclass %r" % self)
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        if self.__origin__ is None:
            raise TypeError("typhon cannot check instances of %r" % self)
        return isinstance(obj, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_Final):
    def __init__(self, args):
        self.__origin__ = Union
        self.__args__ = args
        self._typing_name = "Union"

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _arg_repr(other)
        return "typing.Union[%s]" % ", ".join([_arg_repr(a) for a in args])

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)


def _union_getitem(form, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    params = _as_tuple(params)
    flat = []
    for p in params:
        p = _check_type(p)
        if isinstance(p, (_UnionAlias, _UnionType)):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(tuple(flat))


def _optional_getitem(form, params):
    if isinstance(params, tuple):
        raise TypeError("typing.Optional requires a single type. Got %r." % (params,))
    return Union[params, None]


def _plain_getitem(form, params):
    params = _as_tuple(params)
    if len(params) != 1:
        raise TypeError("%s accepts only single type." % form)
    return _GenericAlias(None, params, form._name)


def _literal_getitem(form, params):
    return _GenericAlias(None, _as_tuple(params), form._name)


def _annotated_getitem(form, params):
    params = _as_tuple(params)
    if len(params) < 2:
        raise TypeError(
            "Annotated[...] should be used with at least two arguments (a type and an annotation)."
        )
    return params[0]


Any = _SpecialForm("Any", None)
NoReturn = _SpecialForm("NoReturn", None)
Never = _SpecialForm("Never", None)
Self = _SpecialForm("Self", None)
LiteralString = _SpecialForm("LiteralString", None)
TypeAlias = _SpecialForm("TypeAlias", None)
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _plain_getitem)
Final = _SpecialForm("Final", _plain_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)
TypeGuard = _SpecialForm("TypeGuard", _plain_getitem)
Required = _SpecialForm("Required", _plain_getitem)
NotRequired = _SpecialForm("NotRequired", _plain_getitem)

List = _SpecialGenericAlias(list, 1, "List")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
Tuple = _SpecialGenericAlias(tuple, -1, "Tuple")
Type = _SpecialGenericAlias(type, 1, "Type")
Callable = _SpecialGenericAlias(None, 2, "Callable")
Iterable = _SpecialGenericAlias(None, 1, "Iterable")
Iterator = _SpecialGenericAlias(None, 1, "Iterator")
Generator = _SpecialGenericAlias(None, 3, "Generator")
Reversible = _SpecialGenericAlias(None, 1, "Reversible")
Container = _SpecialGenericAlias(None, 1, "Container")
Collection = _SpecialGenericAlias(None, 1, "Collection")
Sequence = _SpecialGenericAlias(None, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(None, 1, "MutableSequence")
Mapping = _SpecialGenericAlias(None, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(None, 2, "MutableMapping")
AbstractSet = _SpecialGenericAlias(None, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(None, 1, "MutableSet")
KeysView = _SpecialGenericAlias(None, 1, "KeysView")
ValuesView = _SpecialGenericAlias(None, 1, "ValuesView")
ItemsView = _SpecialGenericAlias(None, 2, "ItemsView")
Hashable = _SpecialGenericAlias(None, 0, "Hashable")
Sized = _SpecialGenericAlias(None, 0, "Sized")
Awaitable = _SpecialGenericAlias(None, 1, "Awaitable")
Coroutine = _SpecialGenericAlias(None, 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(None, 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(None, 1, "AsyncIterator")
ContextManager = _SpecialGenericAlias(None, 1, "ContextManager")
SupportsInt = _SpecialGenericAlias(None, 0, "SupportsInt")
SupportsFloat = _SpecialGenericAlias(None, 0, "SupportsFloat")
SupportsIndex = _SpecialGenericAlias(None, 0, "SupportsIndex")
SupportsAbs = _SpecialGenericAlias(None, 1, "SupportsAbs")


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = _check_type(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Base of user generic classes: `class Stack(Generic[T])`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(
                        "Parameters to %s[...] must all be type variables or parameter specification variables."
                        % cls.__name__
                    )
        return _GenericAlias(cls, params)


# Names a protocol class binds that are not its members (CPython's
# EXCLUDED_ATTRIBUTES, plus the class body's `__qualname__`, which
# CPython's `type()` takes out of the namespace). CPython's list also has
# the name of the instance namespace, which no class body binds; written
# here, that string would leave every program's classes untyped.
_EXCLUDED_ATTRIBUTES = frozenset([
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__final__', '__abstractmethods__', '__annotations__',
    '__doc__', '__init__', '__module__', '__new__', '__slots__',
    '__subclasshook__', '__weakref__', '__class_getitem__', '_MutableMapping__marker',
    '__qualname__', '__classcell__'])


def _is_none(value):
    return value is None


def _get_protocol_attrs(cls):
    """The members of protocol class `cls`: what the classes of its MRO
    bind in their bodies or annotate (recorded by `_ProtocolMeta` when each
    was made, so no class namespace is read here)."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        attrs.update(getattr(base, '_abc_protocol_members', ()))
    return attrs


def _is_callable_members_only(cls):
    return all(_tyreflect.test_attr(cls, attr, callable) for attr in _get_protocol_attrs(cls))


class _ProtocolMeta(_abc.ABCMeta):
    """The metaclass of protocol classes: structural `isinstance` and
    `issubclass` against `@runtime_checkable` ones, as CPython's."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        members = [attr for attr in namespace.keys()
                   if not attr.startswith('_abc_') and attr not in _EXCLUDED_ATTRIBUTES]
        for attr in namespace.get('__annotations__', {}):
            if not attr.startswith('_abc_') and attr not in _EXCLUDED_ATTRIBUTES:
                members.append(attr)
        cls._abc_protocol_members = frozenset(members)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls._is_protocol:
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, '_is_protocol', False)
        if is_protocol and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not is_protocol or _is_callable_members_only(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if is_protocol:
            for attr in _get_protocol_attrs(cls):
                if not _tyreflect.has_attr(instance, attr):
                    break
                # A method of the protocol set to None on the instance blocks it.
                if (_tyreflect.test_attr(cls, attr, callable)
                        and _tyreflect.test_attr(instance, attr, _is_none)):
                    break
            else:
                return True
        # The protocol hook's checks do not apply to `issubclass` calls made
        # by `abc` itself (CPython lets a caller in `abc` pass).
        _reckless[0] += 1
        try:
            return super().__instancecheck__(instance)
        finally:
            _reckless[0] -= 1


# Nonzero while `_ProtocolMeta.__instancecheck__` asks `abc`.
_reckless = [0]


def _proto_hook_of(cls):
    def _proto_hook(other):
        if not cls._is_protocol:
            return NotImplemented
        if not getattr(cls, '_is_runtime_protocol', False):
            if _reckless[0]:
                return NotImplemented
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if not _is_callable_members_only(cls):
            if _reckless[0]:
                return NotImplemented
            raise TypeError("Protocols with non-method members"
                            " don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        # The same test `collections.abc`'s subclass hooks make (imported
        # here: only a structural check needs it).
        from collections.abc import _defines
        for attr in _get_protocol_attrs(cls):
            for base in other.__mro__:
                found, is_none = _defines(base, attr)
                if found:
                    if is_none:
                        return NotImplemented
                    break
                annotations = getattr(base, '__annotations__', {})
                if (isinstance(annotations, dict) and attr in annotations
                        and issubclass(other, Generic) and other._is_protocol):
                    break
            else:
                return NotImplemented
        return True
    return _proto_hook


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of protocol classes; `@runtime_checkable` ones answer
    `isinstance` and `issubclass` structurally."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A protocol names Protocol among its bases; a class deriving from
        # protocols without it is a concrete class.
        own = any(b is Protocol for b in cls.__bases__)
        cls._is_protocol = own
        if _tyreflect.test_own(cls, '__subclasshook__', _is_none) is NotImplemented:
            cls.__subclasshook__ = _proto_hook_of(cls)
        if not own:
            return
        for base in cls.__bases__:
            if not (base is object or base is Generic
                    or issubclass(base, Generic) and base._is_protocol):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)


def runtime_checkable(cls):
    """Mark a protocol class as one `isinstance`/`issubclass` may check."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, _UnionAlias)):
        return tp.__origin__
    if isinstance(tp, _NativeAlias):
        return tp.__origin__
    if isinstance(tp, _UnionType):
        return _UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, (_GenericAlias, _UnionAlias, _NativeAlias, _UnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # String annotations are resolved by `_tyforward` in the namespaces
    # CPython would evaluate them in; `None` stands for its type.
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            namespace = type.__getattribute__(base, "__dict__")
            ann = dict(namespace.get("__annotations__", {}))
            base_globals = globalns
            if base_globals is None:
                base_globals = _sys.modules.get(base.__module__)
            base_locals = namespace if localns is None else localns
            if localns is None and globalns is None:
                # CPython swaps them: module names win over class names.
                base_globals, base_locals = base_locals, base_globals
            hints.update(_resolve_hints(ann, base_globals, base_locals))
        return hints
    if globalns is None:
        if isinstance(obj, type(_sys)):
            globalns = obj
        else:
            inner = obj
            while hasattr(inner, "__wrapped__"):
                inner = inner.__wrapped__
            globalns = _sys.modules.get(getattr(inner, "__module__", None))
    if localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    return _resolve_hints(dict(hints), globalns, localns)


# Here rather than in `_tyforward`: inference does not yet follow a class
# read from another module, and an untyped `ForwardRef` would keep its
# `sys.modules` read reachable in every program importing `typing`.
class ForwardRef:
    """A string annotation, resolved on demand."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        if not _tyforward._tokens(arg):
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if self.__forward_module__ is not None:
                globalns = _sys.modules.get(self.__forward_module__, globalns)
            value = _tyforward._evaluate_text(
                self.__forward_arg__, _tyforward._resolver(globalns, localns)
            )
            if value is None:
                value = type(None)
            self.__forward_value__ = value
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        if self.__forward_module__ is None:
            return f"ForwardRef({self.__forward_arg__!r})"
        return f"ForwardRef({self.__forward_arg__!r}, module={self.__forward_module__!r})"


def _resolve_hints(hints, globalns, localns):
    """Replace `None` by its type and evaluate the string annotations in
    `hints` (a dict, changed in place)."""
    resolve = _tyforward._resolver(globalns, localns)
    for name, value in hints.items():
        if isinstance(value, ForwardRef):
            value = value.__forward_arg__
        if isinstance(value, str):
            value = _tyforward._evaluate_text(value, resolve)
        if value is None:
            value = type(None)
        hints[name] = value
    return hints


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


class _NamedTupleBase(tuple):
    """The hidden base of `class P(NamedTuple)`: it turns the annotated
    fields of each subclass into a namedtuple's fields and methods."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        annotations = type.__getattribute__(cls, "__dict__").get("__annotations__", {})
        fields = list(annotations)
        defaults = []
        for name in fields:
            if name in type.__getattribute__(cls, "__dict__"):
                defaults.append(type.__getattribute__(cls, "__dict__")[name])
            elif defaults:
                raise TypeError(
                    "Non-default namedtuple field %s cannot follow default field%s %s"
                    % (name, "s" if len(defaults) > 1 else "", ", ".join(fields[: len(defaults)]))
                )
        made = _namedtuple(cls.__name__, fields, defaults=defaults)
        for key in ("__new__", "_make", "_replace", "__repr__", "_asdict", "__getnewargs__"):
            if key == "__repr__" and "__repr__" in type.__getattribute__(cls, "__dict__"):
                continue
            setattr(cls, key, type.__getattribute__(made, "__dict__")[key])
        cls._fields = made._fields
        cls._field_defaults = made._field_defaults
        cls.__match_args__ = made._fields
        for name in fields:
            setattr(cls, name, type.__getattribute__(made, "__dict__")[name])


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = list(kwargs.items())
    made = _namedtuple(typename, [name for name, _ in fields])
    made.__annotations__ = dict(fields)
    return made


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictBase(dict):
    """The hidden base of `class Movie(TypedDict)`: calling such a class
    makes a plain dict, as in CPython."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        # `class Movie(TypedDict, total=False)`: the class keyword CPython's
        # metaclass takes.
        super().__init_subclass__(**kwargs)
        cls.__total__ = total


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    def make(*args, **kw):
        return dict(*args, **kw)

    return make


def _typeddict_mro_entries(bases):
    return (_TypedDictBase,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def _deferred_alias(name, nparams, attribute):
    return _SpecialGenericAlias(None, nparams, name)


Deque = _SpecialGenericAlias(None, 1, "Deque")
DefaultDict = _SpecialGenericAlias(None, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(None, 2, "OrderedDict")
Counter = _SpecialGenericAlias(None, 1, "Counter")
ChainMap = _SpecialGenericAlias(None, 2, "ChainMap")


def _bind_collections():
    import collections

    Deque.__origin__ = collections.deque
    DefaultDict.__origin__ = collections.defaultdict
    OrderedDict.__origin__ = collections.OrderedDict
    Counter.__origin__ = collections.Counter


_bind_collections()
Text = str

# CPython's `__all__` (the names this module provides), which
# `from typing import *` binds.
__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Final', 'Generic',
    'Literal', 'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
    'AbstractSet', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'Reversible', 'SupportsAbs', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'ChainMap', 'Counter', 'Deque', 'Dict',
    'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'AnyStr', 'assert_type', 'assert_never',
    'cast', 'final', 'ForwardRef', 'get_args', 'get_origin', 'get_type_hints',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'NoReturn',
    'NotRequired', 'overload', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard'
]
