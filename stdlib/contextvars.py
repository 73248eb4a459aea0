"""Context variables: `ContextVar`, `Token`, `Context` and `copy_context`,
as CPython 3.11's `contextvars` gives them.

A context maps variables to values; each thread has a current context (a
new thread starts with an empty one, as in CPython). `Context.run` makes a
context current for the length of a call. A context is a snapshot: a copy
holds its own mapping, so later `set`s in one are not seen in the other
(CPython shares an immutable mapping; iteration order here is the order
variables were first set, where CPython's follows its hash trie).
"""

from types import GenericAlias as _GenericAlias
from _tythreads import get_ident as _get_ident

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()

# The current context of each thread, by thread identity.
_current = {}


def _current_context():
    ident = _get_ident()
    context = _current.get(ident)
    if context is None:
        context = _current[ident] = Context()
    return context


class Context:
    """A mapping from `ContextVar`s to values."""

    __module__ = "_contextvars"

    __slots__ = ("_values", "_entered")

    def __init__(self):
        self._values = {}
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        """Call `callable(*args, **kwargs)` with this context current."""
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self} is already entered")
        ident = _get_ident()
        previous = _current.get(ident)
        self._entered = True
        _current[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            if previous is None:
                del _current[ident]
            else:
                _current[ident] = previous

    def copy(self):
        """A new context with the same values."""
        other = Context()
        other._values = dict(self._values)
        return other

    @staticmethod
    def _check_key(key):
        if not isinstance(key, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {key!r}")

    def __getitem__(self, var):
        self._check_key(var)
        try:
            return self._values[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        self._check_key(var)
        return var in self._values

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(list(self._values))

    def get(self, var, default=None):
        """The value of `var` in this context, else `default`."""
        self._check_key(var)
        return self._values.get(var, default)

    def keys(self):
        return list(self._values.keys())

    def values(self):
        return list(self._values.values())

    def items(self):
        return list(self._values.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._values == other._values

    __hash__ = None


def copy_context():
    """A copy of the current context."""
    return _current_context().copy()


class ContextVar:
    """A variable whose value depends on the current context."""

    __module__ = "_contextvars"

    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *default):
        """The value in the current context, else `default` when given,
        else the variable's default; `LookupError` without any."""
        if len(default) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(default)}")
        values = _current_context()._values
        if self in values:
            return values[self]
        if default:
            return default[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; a `Token` to undo it."""
        context = _current_context()
        old = context._values.get(self, Token.MISSING)
        context._values[self] = value
        return Token._make(context, self, old)

    def reset(self, token):
        """Restore the value the variable had before `token`'s `set`."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        context = _current_context()
        if token._context is not context:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old is Token.MISSING:
            context._values.pop(self, None)
        else:
            context._values[self] = token._old
        token._used = True

    def __repr__(self):
        default = ""
        if self._default is not _MISSING:
            default = f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(_GenericAlias)


class _TokenMissing:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


class Token:
    """What `ContextVar.set` returns, for `ContextVar.reset`."""

    __module__ = "_contextvars"

    __slots__ = ("_context", "_var", "_old", "_used")

    MISSING = _TokenMissing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @classmethod
    def _make(cls, context, var, old):
        token = object.__new__(cls)
        token._context = context
        token._var = var
        token._old = old
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(_GenericAlias)
