"""The parts of CPython's `inspect` a compiled program can answer: the
`is*` predicates, `getmembers`, `getdoc`/`cleandoc`, `getmro`,
`isabstract`, and `signature` (`Signature`, `Parameter`,
`BoundArguments`) of Python functions, methods, classes and
`functools.partial` objects, read from their code objects, defaults and
annotations. There are no frames or source text at run time: `stack`,
`currentframe`, `getsource` and friends are absent."""

import enum
import functools
import sys
import types

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            break
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType)
            or hasattr(type(object), "__await__"))


def istraceback(object):
    return type(object).__name__ == "traceback" and type(object).__module__ == "builtins"


def isframe(object):
    return False


def iscode(object):
    return isinstance(object, type(_code_of.__code__))


def _code_of():
    pass


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, "__abstractmethods__", False))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) pairs of the attributes `dir()` lists that `getattr`
    can read, sorted by name, those `predicate` accepts."""
    members = {}
    for name in dir(object):
        if name in members:
            continue
        try:
            value = getattr(object, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            members[name] = value
    return sorted(members.items(), key=lambda pair: pair[0])


def getattr_static(obj, attr, default=types.SimpleNamespace):
    if not isclass(obj):
        instance_dict = getattr(obj, "__dict__", None)
        if isinstance(instance_dict, dict) and attr in instance_dict:
            return instance_dict[attr]
        klass = type(obj)
    else:
        klass = obj
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    if default is not types.SimpleNamespace:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    """A docstring without the indentation its lines after the first share,
    leading whitespace of the first line and blank lines at both ends."""
    lines = doc.expandtabs().split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    cut = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[cut:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    """The cleaned docstring, inherited from a base class (not `object`)
    when a class or method has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(object):
        for base in object.__mro__[1:-1]:
            doc = base.__dict__.get("__doc__")
            if doc is not None:
                break
    if doc is None and (isfunction(object) or ismethod(object)):
        func = object.__func__ if ismethod(object) else object
        owner = object.__self__ if ismethod(object) else None
        if owner is not None:
            owner = owner if isclass(owner) else type(owner)
            for base in owner.__mro__[1:]:
                inherited = base.__dict__.get(func.__name__)
                if inherited is not None and getattr(inherited, "__doc__", None):
                    doc = inherited.__doc__
                    break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    """Follow the `__wrapped__` chain `functools.wraps` leaves, until `stop`
    says so."""
    seen = {id(func)}
    current = func
    while hasattr(current, "__wrapped__") and (stop is None or not stop(current)):
        current = current.__wrapped__
        if id(current) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError(f"wrapper loop when unwrapping {func!r}")
        seen.add(id(current))
    return current


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get("__annotations__", None)
    elif isinstance(obj, types.ModuleType) or callable(obj):
        ann = getattr(obj, "__annotations__", None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if eval_str:
        raise NotImplementedError("inspect.get_annotations(eval_str=True) needs eval(), "
                                  "which a compiled program does not have")
    return dict(ann)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_NAME_MAPPING[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_NAME_MAPPING = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


class Parameter:
    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            msg = "{} parameters cannot have default values"
            raise ValueError(msg.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of `Signature.bind`: the parameters given, in parameter
    order, in the mutable dict `arguments`."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    def _split(self):
        # The positional part runs up to the first keyword-only parameter
        # or the first positional one left unbound; the rest goes by name.
        args, kwargs = [], {}
        by_name = False
        for name, param in self._signature.parameters.items():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                by_name = True
            elif name not in self.arguments:
                by_name = True
                continue
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                kwargs.update(value)
            elif by_name:
                kwargs[name] = value
            elif param.kind == _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args), kwargs

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        shown = ", ".join(f"{name}={value!r}" for name, value in self.arguments.items())
        return f"<BoundArguments ({shown})>"


def _check_order(parameters):
    """The parameters by name, after CPython's checks of their order."""
    by_name = {}
    last_kind = _POSITIONAL_ONLY
    had_default = False
    for param in parameters:
        if param.kind < last_kind:
            raise ValueError(f"wrong parameter order: {last_kind.description} parameter "
                             f"before {param.kind.description} parameter")
        last_kind = param.kind
        if param.kind <= _POSITIONAL_OR_KEYWORD:
            if param.default is not _empty:
                had_default = True
            elif had_default:
                raise ValueError("non-default argument follows default argument")
        if param.name in by_name:
            raise ValueError(f"duplicate parameter name: {param.name!r}")
        by_name[param.name] = param
    return by_name


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ("_return_annotation", "_parameters")

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            by_name = {}
        elif __validate_parameters__:
            by_name = _check_order(parameters)
        else:
            by_name = {param.name: param for param in parameters}
        self._parameters = by_name
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        keyword_only = frozenset(p for p in self._parameters.values()
                                 if p.kind == _KEYWORD_ONLY)
        others = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        return hash((others, keyword_only, self._return_annotation))

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def _bind(self, args, kwargs, partial):
        kwargs = dict(kwargs)
        params = list(self._parameters.values())
        positional = [p for p in params if p.kind <= _POSITIONAL_OR_KEYWORD]
        star = [p for p in params if p.kind == _VAR_POSITIONAL]
        double_star = [p for p in params if p.kind == _VAR_KEYWORD]
        bound = {}
        for param, value in zip(positional, args):
            if param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                raise TypeError(f"multiple values for argument {param.name!r}")
            bound[param.name] = value
        extra = args[len(positional):]
        if extra:
            if not star:
                raise TypeError("too many positional arguments")
            bound[star[0].name] = tuple(extra)
        for param in params:
            if param.name in bound or param.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                continue
            if param.kind == _POSITIONAL_ONLY:
                if not partial and param.default is _empty:
                    raise TypeError(f"missing a required argument: {param.name!r}")
                continue
            if param.name in kwargs:
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f"missing a required argument: {param.name!r}")
        if kwargs:
            if not double_star:
                raise TypeError(f"got an unexpected keyword argument {next(iter(kwargs))!r}")
            bound[double_star[0].name] = kwargs
        ordered = {name: bound[name] for name in self._parameters if name in bound}
        return BoundArguments(self, ordered)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __repr__(self):
        return f"<Signature {self}>"

    def __str__(self):
        pieces = []
        kinds = [p.kind for p in self._parameters.values()]
        for index, param in enumerate(self._parameters.values()):
            before = kinds[index - 1] if index else None
            if before == _POSITIONAL_ONLY and param.kind != _POSITIONAL_ONLY:
                pieces.append("/")
            if (param.kind == _KEYWORD_ONLY and before != _KEYWORD_ONLY
                    and _VAR_POSITIONAL not in kinds):
                pieces.append("*")
            pieces.append(str(param))
        if kinds and kinds[-1] == _POSITIONAL_ONLY:
            pieces.append("/")
        text = "(" + ", ".join(pieces) + ")"
        if self._return_annotation is not _empty:
            text += " -> " + formatannotation(self._return_annotation)
        return text


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for index, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if index < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[index - non_default_count] if index >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    next_index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[next_index]
        next_index += 1
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[next_index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return Signature(parameters, return_annotation=annotations.get("return", _empty),
                     __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_partial(inner, partial):
    """What is left of `inner` once `partial` supplied its arguments: the
    positional ones disappear, a keyword one becomes the default of its
    parameter, which (and every later positional parameter) turns
    keyword-only."""
    try:
        given = inner.bind_partial(*partial.args, **partial.keywords).arguments
    except TypeError as error:
        raise ValueError(f"partial object {partial!r} has incorrect arguments") from error
    kept = []
    to_keyword = False
    for param in inner.parameters.values():
        if param.name not in given:
            if to_keyword and param.kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
            elif to_keyword and param.kind == _VAR_POSITIONAL:
                continue
            kept.append(param)
            continue
        value = given[param.name]
        if param.kind == _POSITIONAL_OR_KEYWORD and param.name in partial.keywords:
            to_keyword = True
            kept.append(param.replace(kind=_KEYWORD_ONLY, default=value))
        elif param.kind == _KEYWORD_ONLY:
            kept.append(param.replace(default=value))
        elif param.kind == _VAR_KEYWORD or (param.kind == _VAR_POSITIONAL and not to_keyword):
            kept.append(param)
    # Keyword-only parameters keep their order after the remaining positional ones.
    kept.sort(key=lambda param: param.kind)
    return inner.replace(parameters=kept)


def _signature_from_callable(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
            return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    if isinstance(obj, functools.partial):
        return _signature_from_partial(_signature_from_callable(obj.func, follow_wrapped), obj)
    if isinstance(obj, type):
        for base in obj.__mro__:
            if "__init__" in base.__dict__ and base is not object:
                init = base.__dict__["__init__"]
                if isfunction(init):
                    return _drop_first(_signature_from_function(init))
                break
            if "__new__" in base.__dict__ and base is not object:
                new = base.__dict__["__new__"]
                if isinstance(new, staticmethod):
                    new = new.__func__
                if isfunction(new):
                    return _drop_first(_signature_from_function(new))
                break
        else:
            return Signature()
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    if isbuiltin(obj):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if isfunction(call):
        return _drop_first(_signature_from_function(call))
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)
