"""Data classes: `@dataclass` generates `__init__`, `__repr__`, `__eq__`,
ordering, hashing and frozen-ness from a class's annotated fields.

typhon's version of CPython's `dataclasses`. CPython builds the methods'
source text and runs `exec` on it; typhon has no `exec`, so the methods
here are general functions that read the class's field list, binding
arguments with the same error messages CPython's generated code gives.
"""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None)
        if name is None or not isinstance(self.type, type):
            name = repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    __slots__ = (
        "name",
        "type",
        "default",
        "default_factory",
        "repr",
        "hash",
        "init",
        "compare",
        "metadata",
        "kw_only",
        "_field_type",
    )

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (
            "Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
            "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
            % (
                self.name,
                self.type,
                self.default,
                self.default_factory,
                self.init,
                self.repr,
                self.hash,
                self.compare,
                self.metadata,
                self.kw_only,
                self._field_type,
            )
        )


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return "_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)" % (
            self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen,
        )


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return _string_annotation_name(annotation) == "ClassVar"
    typing_classvar = _typing_name(annotation)
    return typing_classvar == "ClassVar"


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return _string_annotation_name(annotation) == "InitVar"
    return isinstance(annotation, InitVar) or annotation is InitVar


def _string_annotation_name(annotation):
    # A string annotation (quoted, or any under `from __future__ import
    # annotations`) names its type as `Name[...]` or `module.Name[...]`, which
    # CPython's dataclasses recognise by that leading identifier.
    head = annotation.split("[", 1)[0].strip()
    parts = [part.strip() for part in head.split(".")]
    if len(parts) > 2 or not all(part.isidentifier() for part in parts):
        return None
    return parts[-1]


def _typing_name(annotation):
    # typing.ClassVar and typing.ClassVar[int] both carry the name.
    name = getattr(annotation, "_typing_name", None)
    return name


def _get_field(cls, name, annotation, default_kw_only):
    default = type.__getattribute__(cls, "__dict__").get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and type(f.default) in (list, dict, set):
        raise ValueError(
            "mutable default %s for field %s is not allowed: use default_factory"
            % (type(f.default), name)
        )
    return f


def _plural(n, word):
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


def _name_list(names):
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % (quoted[0], quoted[1])
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _bind(qualname, args, kwargs, positional, kw_only, defaults):
    """The values of `positional` then `kw_only` parameters from a call's
    `args` and `kwargs`, with defaults from `defaults` (name -> default or
    factory marker), raising CPython's TypeErrors."""
    if len(args) > len(positional):
        required = len([n for n in positional if n not in defaults])
        total = len(positional) + 1
        if required == len(positional):
            takes = "takes %s" % _plural(total, "positional argument")
        else:
            takes = "takes from %d to %d positional arguments" % (required + 1, total)
        given = len(args) + 1
        raise TypeError(
            "%s() %s but %d %s given" % (qualname, takes, given, "was" if given == 1 else "were")
        )
    values = {}
    for name, value in zip(positional, args):
        values[name] = value
    for name, value in kwargs.items():
        if name in values:
            raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
        if name not in positional and name not in kw_only:
            raise TypeError(
                "%s() got an unexpected keyword argument '%s'" % (qualname, name)
            )
        values[name] = value
    missing = [n for n in positional if n not in values and n not in defaults]
    if missing:
        raise TypeError(
            "%s() missing %s: %s"
            % (qualname, _plural(len(missing), "required positional argument"), _name_list(missing))
        )
    missing = [n for n in kw_only if n not in values and n not in defaults]
    if missing:
        raise TypeError(
            "%s() missing %s: %s"
            % (qualname, _plural(len(missing), "required keyword-only argument"), _name_list(missing))
        )
    return values


def _make_init(cls, all_fields, frozen, has_post_init):
    qualname = cls.__qualname__ + ".__init__"
    init_fields = [f for f in all_fields if f.init or f._field_type is _FIELD_INITVAR]
    positional = [f.name for f in init_fields if not f.kw_only]
    kw_only = [f.name for f in init_fields if f.kw_only]
    defaults = {}
    for f in init_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            defaults[f.name] = f
    stored = [f for f in all_fields if f._field_type is _FIELD]
    initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]

    def __init__(self, *args, **kwargs):
        values = _bind(qualname, args, kwargs, positional, kw_only, defaults)
        for f in stored:
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            extra = []
            for name in initvars:
                if name in values:
                    extra.append(values[name])
                else:
                    extra.append(defaults[name].default)
            self.__post_init__(*extra)

    return __init__


def _make_repr(fields):
    names = [f.name for f in fields if f.repr and f._field_type is _FIELD]
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            parts = ["%s=%r" % (name, getattr(self, name)) for name in names]
        finally:
            active.discard(key)
        return "%s(%s)" % (type(self).__qualname__, ", ".join(parts))

    return __repr__


def _tuple_of(names):
    def values(self):
        return tuple([getattr(self, name) for name in names])

    return values


def _make_compare(cls, names, op):
    values = _tuple_of(names)

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(values(self), values(other))
        return NotImplemented

    return compare


def _eq(a, b):
    return a == b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _make_hash(names):
    values = _tuple_of(names)

    def __hash__(self):
        return hash(values(self))

    return __hash__


def _make_frozen(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        _base_setattr(cls, self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        _base_delattr(cls, self, name)

    return __setattr__, __delattr__


# `super(cls, obj).__setattr__(name, value)` written as the lookup it does
# (the hooks named by strings, never read as attributes, let typhon keep
# the program's other classes typed).
def _base_setattr(cls, obj, name, value):
    mro = type(obj).__mro__
    for base in mro[mro.index(cls) + 1 : -1]:
        namespace = type.__getattribute__(base, "__dict__")
        if "__setattr__" in namespace:
            namespace["__setattr__"](obj, name, value)
            return
    object.__setattr__(obj, name, value)


def _base_delattr(cls, obj, name):
    mro = type(obj).__mro__
    for base in mro[mro.index(cls) + 1 : -1]:
        namespace = type.__getattribute__(base, "__dict__")
        if "__delattr__" in namespace:
            namespace["__delattr__"](obj, name)
            return
    object.__delattr__(obj, name)


def _set_new_attribute(cls, name, value):
    if name in type.__getattribute__(cls, "__dict__"):
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if base.__dataclass_params__.frozen:
                any_frozen_base = True

    annotations = type.__getattribute__(cls, "__dict__").get("__annotations__", {})
    own_fields = []
    default_kw_only = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or type(annotation) is _KW_ONLY_TYPE:
            default_kw_only = True
            continue
        own_fields.append(_get_field(cls, name, annotation, default_kw_only))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(type.__getattribute__(cls, "__dict__").get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in type.__getattribute__(cls, "__dict__").items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = type.__getattribute__(cls, "__dict__").get("__hash__", MISSING)
    has_explicit_hash = not (
        class_hash is MISSING or (class_hash is None and "__eq__" in type.__getattribute__(cls, "__dict__"))
    )

    all_fields = list(fields.values())
    std_fields = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        seen_default = False
        for f in all_fields:
            if f.init and not f.kw_only and f._field_type in (_FIELD, _FIELD_INITVAR):
                if not (f.default is MISSING and f.default_factory is MISSING):
                    seen_default = True
                elif seen_default:
                    raise TypeError(
                        "non-default argument %r follows default argument" % (f.name,)
                    )
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__", _make_init(cls, all_fields, frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr(all_fields))
    compare_names = [f.name for f in std_fields if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_compare(cls, compare_names, _eq))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", _lt), ("__le__", _le), ("__gt__", _gt), ("__ge__", _ge)):
            if _set_new_attribute(cls, name, _make_compare(cls, compare_names, op)):
                raise TypeError(
                    "Cannot overwrite attribute %s in class %s. Consider using "
                    "functools.total_ordering" % (name, cls.__name__)
                )
    if frozen:
        names = tuple([f.name for f in std_fields])
        setter, deleter = _make_frozen(cls, names)
        # The hooks stored written out (see `_base_setattr`).
        if "__setattr__" in type.__getattribute__(cls, "__dict__"):
            raise TypeError(
                "Cannot overwrite attribute __setattr__ in class %s" % cls.__name__
            )
        cls.__setattr__ = setter
        if "__delattr__" in type.__getattribute__(cls, "__dict__"):
            raise TypeError(
                "Cannot overwrite attribute __delattr__ in class %s" % cls.__name__
            )
        cls.__delattr__ = deleter
    hash_names = [
        f.name for f in std_fields if (f.compare if f.hash is None else f.hash)
    ]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _make_hash(hash_names)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_names)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args:
        _set_new_attribute(
            cls,
            "__match_args__",
            tuple([f.name for f in std_fields if f.init and not f.kw_only]),
        )
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        if slots:
            cls = _add_slots(cls, weakref_slot)
        elif weakref_slot:
            raise TypeError("weakref_slot is True but slots is False")
        return cls

    if cls is None:
        return wrap
    return wrap(cls)


def _slot_names(cls):
    slots = type.__getattribute__(cls, "__dict__").get("__slots__")
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _add_slots(cls, weakref_slot):
    # A class's slots are fixed when it is made, so `slots=True` makes a new
    # class from the decorated one's namespace, as CPython does.
    namespace = dict(type.__getattribute__(cls, "__dict__"))
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slot_names(base))
    wanted = field_names + (("__weakref__",) if weakref_slot else ())
    namespace["__slots__"] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def fields(class_or_instance):
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple([f for f in all_fields.values() if f._field_type is _FIELD])


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)(
            (_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
            for k, v in obj.items()
        )
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)(
            (_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
            for k, v in obj.items()
        )
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    "field %s is declared with init=False, it cannot be specified with replace()"
                    % f.name
                )
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

# CPython's `__all__` (the names this module provides), which
# `from dataclasses import *` binds.
__all__ = [
    'dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
    'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'replace',
    'is_dataclass'
]
