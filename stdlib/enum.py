"""Enumerations: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `auto`,
`unique`.

typhon's version of CPython 3.11's `enum`, built on a metaclass
(`EnumType`) that turns the class body's plain values into members. The
class body is an ordinary dict (there is no `__prepare__`), so reusing a
member name replaces the earlier value instead of raising; the functional
API (`Enum('Color', 'RED GREEN')`) and the `boundary=` class keyword are not
provided (`Flag` rejects unknown bits, `IntFlag` keeps them, as CPython's
defaults do).
"""


class auto:
    """A placeholder for a member value computed by
    `_generate_next_value_`."""

    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # CPython gives `auto()` its value as soon as the class body assigns it
    # (through `__prepare__`), so `WHITE = RED | GREEN` combines values;
    # here the combination is recorded and computed with the members.
    def __or__(self, other):
        return _AutoExpr(int.__or__, self, other)

    def __and__(self, other):
        return _AutoExpr(int.__and__, self, other)

    def __xor__(self, other):
        return _AutoExpr(int.__xor__, self, other)

    def __ror__(self, other):
        return _AutoExpr(int.__or__, other, self)

    def __rand__(self, other):
        return _AutoExpr(int.__and__, other, self)

    def __rxor__(self, other):
        return _AutoExpr(int.__xor__, other, self)


class _AutoExpr(auto):
    """`a | b` of `auto()` values, computed once they have values."""

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.value = _auto_null

    def resolve(self):
        def value_of(operand):
            if isinstance(operand, _AutoExpr):
                return operand.resolve()
            if isinstance(operand, auto):
                return operand.value
            return operand

        return self.op(value_of(self.left), value_of(self.right))


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _plain_function():
    pass


def _is_descriptor(value):
    if type(value) is type(_plain_function):
        return True
    if isinstance(value, (staticmethod, classmethod, property)):
        return True
    if isinstance(value, type):
        return False
    kind = type(value)
    return hasattr(kind, "__get__") or hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def _find_member_type(bases):
    """The data type members also are (`int` for IntEnum), or object."""
    for base in bases:
        for kind in base.__mro__:
            if kind is object:
                continue
            if isinstance(kind, EnumType):
                if kind._member_type_ is not object:
                    return kind._member_type_
                continue
            if kind in (int, str, float, bytes, tuple):
                return kind
            if "__new__" in type.__getattribute__(kind, "__dict__"):
                return kind
    return object


class EnumType(type):
    """The metaclass of enumerations: member creation, lookup by value
    (`Color(1)`) and by name (`Color['RED']`), iteration, `len`, `in`."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_type = _find_member_type(bases)
        first_enum = None
        for base in bases:
            if isinstance(base, EnumType):
                first_enum = base
                break
        if first_enum is not None and first_enum._member_names_:
            raise TypeError(
                "%s: cannot extend enumeration %r" % (cls, first_enum.__name__)
            )
        generate = classdict.get("_generate_next_value_")
        if generate is None:
            for base in bases:
                generate = getattr(base, "_generate_next_value_", None)
                if generate is not None:
                    break
        if isinstance(generate, staticmethod):
            generate = generate.__wrapped__  # `__func__`: see abc._is_abstract
        names = []
        values = {}
        last_values = []
        for key in list(classdict):
            value = classdict[key]
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            if isinstance(value, _AutoExpr):
                value.value = value.resolve()
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, len(names), last_values[:])
                value = value.value
            names.append(key)
            values[key] = value
            last_values.append(value)
        for key in names:
            del classdict[key]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        custom_init = None
        for kind in enum_class.__mro__:
            if "__init__" in type.__getattribute__(kind, "__dict__") and kind is not Enum and kind is not object:
                if kind is member_type:
                    break
                custom_init = type.__getattribute__(kind, "__dict__")["__init__"]
                break
        for name in names:
            value = values[name]
            args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
            if member_type is object:
                member = object.__new__(enum_class)
                member._value_ = value
            else:
                member = member_type.__new__(enum_class, *args)
                member._value_ = member_type(*args)
            member._name_ = name
            member._sort_order_ = len(enum_class._member_names_)
            if custom_init is not None:
                custom_init(member, *args)
            canonical = None
            for existing_name in enum_class._member_names_:
                existing = enum_class._member_map_[existing_name]
                if existing._value_ == member._value_:
                    canonical = existing
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                if member._value_ not in enum_class._value2member_map_:
                    enum_class._value2member_map_[member._value_] = member
            except TypeError:
                pass
            setattr(enum_class, name, member)
        if Flag is not None and issubclass(enum_class, Flag):
            _finish_flag(enum_class)
        # A data type's repr, str and format found before the enum's own
        # are replaced by the enum's (ReprEnum keeps the data type's str and
        # format by defining them itself), as CPython's EnumType does.
        if first_enum is not None and member_type is not object:
            for name in ("__repr__", "__str__", "__format__"):
                if name in classdict:
                    continue
                for kind in enum_class.__mro__:
                    if isinstance(kind, EnumType) and name in type.__getattribute__(kind, "__dict__"):
                        break
                    if kind is member_type or kind is object:
                        setattr(enum_class, name, getattr(first_enum, name))
                        break
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            raise NotImplementedError("typhon does not provide the functional Enum API")
        return cls.__new__(cls, value)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, type(cls).__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType

# Bound while `Enum` and `Flag` themselves are being created
# (EnumType.__new__ compares classes with them).
Enum = None
Flag = None


class Enum(metaclass=EnumType):
    """The base of enumerations."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError(
            "error in %s._missing_: returned %r instead of None or a valid member"
            % (cls.__name__, result)
        )

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError("unable to increment %r" % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        if self._member_type_ is object:
            value_repr = repr(self._value_)
        else:
            value_repr = self._member_type_.__repr__(self._value_)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only the repr is the enum's; str() and format() are the data
    type's."""


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)


class StrEnum(str, ReprEnum):
    def __new__(cls, value):
        if type(value) is cls:
            return value
        return Enum.__new__(cls, value)

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return format(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _finish_flag(cls):
    """The bits a flag class knows; only its one-bit members are iterated
    (the others stay reachable by name, as aliases are)."""
    mask = 0
    for name in cls._member_names_:
        value = cls._member_map_[name]._value_
        if not isinstance(value, int):
            raise TypeError("invalid Flag value: %r" % (value,))
        mask |= value
    cls._flag_mask_ = mask
    cls._all_bits_ = 2 ** mask.bit_length() - 1
    cls._member_names_ = [
        name for name in cls._member_names_ if _single_bit(cls._member_map_[name]._value_)
    ]


def _bits(number, width):
    """`0b0 0111`: the sign digit, then `width` digits (CPython's layout)."""
    digits = format(number, "b") if number >= 0 else format(~number, "b")
    sign = "0" if number >= 0 else "1"
    if number < 0:
        digits = "".join("1" if d == "0" else "0" for d in digits)
    if len(digits) < width:
        digits = sign * (width - len(digits)) + digits
    return "0b%s %s" % (sign, digits)


class Flag(Enum):
    """Members combine with `|`, `&`, `^` and `~` into values that are
    members too (named after their bits)."""

    _boundary_ = "strict"

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        highest = max(last_values)
        if not isinstance(highest, int):
            raise TypeError("invalid flag value %r" % (highest,))
        return 2 ** highest.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        all_bits = cls._all_bits_
        outside = not (~all_bits <= value <= all_bits) or value & (all_bits ^ mask)
        if outside and cls._boundary_ == "strict":
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError(
                "%r invalid value %r\n    given %s\n  allowed %s"
                % (cls, value, _bits(value, width), _bits(mask, width))
            )
        original = value
        if value < 0:
            value = all_bits + 1 + value
        known = value & mask
        unknown = value & ~mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if known or unknown:
            names = [member._name_ for member in cls._members_in_(known)]
            if unknown:
                names.append(hex(unknown) if unknown > 9 else str(unknown))
            pseudo._name_ = "|".join(names)
        else:
            pseudo._name_ = None
        pseudo._sort_order_ = -1
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if original != value:
            cls._value2member_map_[original] = pseudo
        return pseudo

    @classmethod
    def _members_in_(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & value == member._value_:
                yield member

    def __repr__(self):
        if self._member_type_ is object:
            value_repr = repr(self._value_)
        else:
            value_repr = self._member_type_.__repr__(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, value_repr)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._members_in_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        if self._boundary_ == "keep":
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are ints; unknown bits are kept."""

    _boundary_ = "keep"

    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for alias, name in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration

# CPython's `__all__` (the names this module provides), which
# `from enum import *` binds.
__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique'
]
