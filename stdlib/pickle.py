"""Python objects to bytes and back: `dumps`, `dump`, `loads`, `load`,
`Pickler`, `Unpickler` and the errors, protocols 0 to 5 (4 by default).

The pickler writes what CPython's C pickler (`_pickle`) writes, opcode for
opcode: the same opcode choices per protocol, batches of 1000 items, the
memo (objects seen before by identity are fetched back with GET), 64 KiB
frames from protocol 4, and the copyreg-style reduction of instances of
user classes (`__reduce_ex__`, `__reduce__`, `__getnewargs_ex__`,
`__getnewargs__`, `__getstate__`/`__setstate__`, `copyreg.dispatch_table`).
Classes and functions are saved by `__module__` and `__qualname__` and
found again through `sys.modules`.

typhon's built-in objects have no `__reduce_ex__` of their own, so the
default reduction of `object` is done here (`_reduce_object`).
"""

import sys
import struct as _struct
import copyreg
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    __module__ = "_pickle"


class PicklingError(PickleError):
    __module__ = "_pickle"


class UnpicklingError(PickleError):
    __module__ = "_pickle"


_BATCH = 1000
_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4


def _encode_long(x):
    # Little-endian two's complement in the fewest bytes (LONG1/LONG4).
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xFF and (data[-2] & 0x80) != 0:
        data = data[:-1]
    return data


def _raw_unicode_escape(text):
    # Protocol 0's UNICODE argument: raw-unicode-escape, with the characters
    # that would end the line or confuse old readers escaped too.
    out = []
    for ch in text:
        c = ord(ch)
        if c >= 0x10000:
            out.append("\\U%08x" % c)
        elif c >= 256 or ch in "\\\0\n\r\x1a":
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


def _make_builtins():
    table = {}
    for value in (int, float, complex, str, bytes, bytearray, bool, list, tuple, dict, set,
                  frozenset, object, type, range, slice, getattr, setattr, len, repr, print,
                  isinstance, sorted, reversed, enumerate, zip, map, filter, chr, ord, min,
                  max, sum, abs, hash, id, iter, next, divmod, pow, round, callable,
                  property, staticmethod, classmethod, super, memoryview,
                  BaseException, Exception, ArithmeticError, AssertionError, AttributeError,
                  EOFError, ImportError, ModuleNotFoundError, IndexError, KeyError,
                  LookupError, MemoryError, NameError, NotImplementedError, OSError,
                  OverflowError, RecursionError, RuntimeError, StopIteration, SystemExit,
                  KeyboardInterrupt, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
                  UnicodeEncodeError, ZeroDivisionError, FileNotFoundError, FileExistsError,
                  PermissionError, TimeoutError, ConnectionError):
        table[value.__name__] = value
    table["Ellipsis"] = Ellipsis
    table["NotImplemented"] = NotImplemented
    return table


_BUILTINS = _make_builtins()

# Names of objects whose `__module__` in typhon is not where CPython finds
# them, or that stand for a C function of CPython.
_SPECIAL_NAMES = {id(_codecs_encode): ("_codecs", "encode")}
_SPECIAL_OBJECTS = {("_codecs", "encode"): _codecs_encode}

# Protocols 0-2 name some globals by their Python 2 names (`fix_imports`).
_PY2_MODULES = {"builtins": "__builtin__", "copyreg": "copy_reg"}
_PY2_NAMES = {("builtins", "range"): ("__builtin__", "xrange"),
              ("builtins", "chr"): ("__builtin__", "unichr"),
              ("builtins", "str"): ("__builtin__", "unicode"),
              ("builtins", "int"): ("__builtin__", "long"),
              ("builtins", "zip"): ("itertools", "izip"),
              ("builtins", "map"): ("itertools", "imap"),
              ("builtins", "filter"): ("itertools", "ifilter")}
for _name in ("ArithmeticError AssertionError AttributeError BaseException EOFError Exception "
              "ImportError IndexError KeyError KeyboardInterrupt LookupError MemoryError "
              "NameError NotImplementedError OSError OverflowError RuntimeError StopIteration "
              "SystemExit TypeError UnicodeDecodeError UnicodeEncodeError UnicodeError "
              "ValueError ZeroDivisionError").split():
    _PY2_NAMES[("builtins", _name)] = ("exceptions", _name)
for _name in ("ConnectionError FileExistsError FileNotFoundError PermissionError "
              "TimeoutError").split():
    _PY2_NAMES[("builtins", _name)] = ("exceptions", "OSError")
_PY2_NAMES[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
_PY3_MODULES = {v: k for k, v in _PY2_MODULES.items()}
_PY3_NAMES = {v: k for k, v in _PY2_NAMES.items() if v[0] != "exceptions"}
_PY3_NAMES[("__builtin__", "reduce")] = ("functools", "reduce")
_PY3_NAMES[("__builtin__", "intern")] = ("sys", "intern")


def _find_global(module, name):
    """The object `module.name` (`name` may be dotted) or None."""
    if (module, name) in _SPECIAL_OBJECTS:
        return _SPECIAL_OBJECTS[(module, name)]
    if module == "builtins":
        return _BUILTINS.get(name)
    if module == "copyreg":
        owner = copyreg
    else:
        owner = sys.modules.get(module)
        if owner is None:
            return None
    for part in name.split("."):
        owner = getattr(owner, part, None)
        if owner is None:
            return None
    return owner


def _class_attr(cls, name):
    """`name` found in the class dicts along the MRO of `cls`, or None."""
    for c in cls.__mro__:
        d = c.__dict__
        if name in d:
            return d[name]
    return None


def _getstate(obj, required):
    cls = type(obj)
    if _class_attr(cls, "__getstate__") is not None:
        return obj.__getstate__()
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    state = d if d else None
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce_object(obj, proto):
    """What CPython's `object.__reduce_ex__(proto)` gives for `obj`."""
    cls = type(obj)
    if proto < 2:
        return _reduce_old(obj, cls, proto)
    args = kwargs = None
    if _class_attr(cls, "__getnewargs_ex__") is not None:
        pair = obj.__getnewargs_ex__()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must "
                            "be a dict, not '%s'" % type(kwargs).__name__)
    elif _class_attr(cls, "__getnewargs__") is not None:
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
    elif isinstance(obj, complex):
        args = (obj.real, obj.imag)
    elif isinstance(obj, (tuple, str, bytes, int, float)):
        # What the `__getnewargs__` of CPython's immutable built-in types
        # gives: the value as its built-in base.
        for base in cls.__mro__:
            if base in (tuple, str, bytes, int, float):
                args = (base(obj),)
                break
    if kwargs:
        func, newargs = copyreg.__newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = copyreg.__newobj__, (cls,) + (args or ())
    state = _getstate(obj, args is None and not isinstance(obj, (list, dict)))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _reduce_old(obj, cls, proto):
    # copyreg._reduce_ex: remake through the first built-in base.
    base = object
    for c in cls.__mro__:
        if c in _BUILTIN_BASES:
            base = c
            break
    if base is object:
        state = None
    else:
        state = base(obj)
    if _class_attr(cls, "__getstate__") is not None:
        d = obj.__getstate__()
    else:
        if copyreg._slotnames(cls):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        try:
            d = obj.__dict__
        except AttributeError:
            d = None
    if d:
        return copyreg._reconstructor, (cls, base, state), d
    return copyreg._reconstructor, (cls, base, state)


_BUILTIN_BASES = (int, float, complex, str, bytes, bytearray, list, tuple, dict, set,
                  frozenset, object)


def _reduce_exception(obj):
    d = getattr(obj, "__dict__", None)
    if d:
        return type(obj), obj.args, d
    return type(obj), obj.args


# The `__reduce__` of the built-in types typhon has no method for.
_BUILTIN_REDUCERS = {
    range: lambda r: (range, (r.start, r.stop, r.step)),
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
}

_EMPTY_STR = ""
_EMPTY_BYTES = b""


class Pickler:
    """Writes pickles of objects to a binary file (its `write`)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self.fast = 0
        self._out = bytearray()
        self._frame_start = -1
        self._framing = False

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        self._out = bytearray()
        self._frame_start = -1
        if self.proto >= 2:
            self._out += bytes((0x80, self.proto))
            if self.proto >= 4:
                self._framing = True
        self.save(obj)
        self.write(b".")
        self._commit_frame()
        self._framing = False
        self._file_write(bytes(self._out))

    # -- output and frames ------------------------------------------------

    def write(self, data):
        if self._framing and self._frame_start < 0:
            self._frame_start = len(self._out)
            self._out += b"\0" * 9
        self._out += data

    def _commit_frame(self):
        start = self._frame_start
        if not self._framing or start < 0:
            return
        size = len(self._out) - start - 9
        if size >= _FRAME_MIN:
            self._out[start:start + 9] = b"\x95" + size.to_bytes(8, "little")
        else:
            del self._out[start:start + 9]
        self._frame_start = -1

    def _write_payload(self, header, payload):
        # Data of a frame's size or more goes outside any frame.
        if self._framing and len(payload) >= _FRAME_TARGET:
            self._commit_frame()
            self._out += header
            self._out += payload
        else:
            self.write(header)
            self.write(payload)

    # -- the memo ---------------------------------------------------------

    @staticmethod
    def _key(obj):
        # CPython's empty str and bytes are single objects.
        if obj.__class__ is str and not obj:
            return id(_EMPTY_STR)
        if obj.__class__ is bytes and not obj:
            return id(_EMPTY_BYTES)
        return id(obj)

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[self._key(obj)] = (idx, obj)
        if self.proto >= 4:
            self.write(b"\x94")
        elif not self.bin:
            self.write(b"p%d\n" % idx)
        elif idx < 256:
            self.write(b"q" + bytes((idx,)))
        else:
            self.write(b"r" + idx.to_bytes(4, "little"))

    def _get(self, idx):
        if not self.bin:
            self.write(b"g%d\n" % idx)
        elif idx < 256:
            self.write(b"h" + bytes((idx,)))
        else:
            self.write(b"j" + idx.to_bytes(4, "little"))

    def _memo_index(self, obj):
        entry = self.memo.get(self._key(obj))
        return None if entry is None else entry[0]

    # -- dispatch ---------------------------------------------------------

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        if self._framing and self._frame_start >= 0 and \
                len(self._out) - self._frame_start - 9 >= _FRAME_TARGET:
            self._commit_frame()
        if save_persistent_id and type(self).persistent_id is not Pickler.persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self.write(b"N")
            return
        if t is bool:
            if self.proto >= 2:
                self.write(b"\x88" if obj else b"\x89")
            else:
                self.write(b"I01\n" if obj else b"I00\n")
            return
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            if self.bin:
                self.write(b"G" + _struct.pack(">d", obj))
            else:
                self.write(b"F" + repr(obj).encode("ascii") + b"\n")
            return
        idx = self._memo_index(obj)
        if idx is not None:
            self._get(idx)
            return
        if t is str:
            self._save_str(obj)
        elif t is bytes:
            self._save_bytes(obj)
        elif t is dict:
            self._save_dict(obj)
        elif t is set:
            self._save_set(obj)
        elif t is frozenset:
            self._save_frozenset(obj)
        elif t is list:
            self._save_list(obj)
        elif t is tuple:
            self._save_tuple(obj)
        elif t is bytearray:
            self._save_bytearray(obj)
        elif t is type or isinstance(obj, type) or id(obj) in _SPECIAL_NAMES:
            self.save_global(obj)
        elif t.__name__ in ("function", "builtin_function_or_method"):
            self.save_global(obj)
        else:
            self._save_reduced(obj, t)

    def _save_reduced(self, obj, t):
        reducer = getattr(self, "dispatch_table", dispatch_table).get(t)
        if reducer is not None:
            rv = reducer(obj)
        elif _class_attr(t, "__reduce_ex__") is not None:
            rv = obj.__reduce_ex__(self.proto)
        elif _class_attr(t, "__reduce__") is not None:
            rv = obj.__reduce__()
        elif t in _BUILTIN_REDUCERS:
            rv = _BUILTIN_REDUCERS[t](obj)
        elif isinstance(obj, (set, frozenset)):
            # CPython's `set.__reduce__`, which subclasses inherit.
            rv = (t, (list(obj),), getattr(obj, "__dict__", None) or None)
        elif isinstance(obj, BaseException):
            rv = _reduce_exception(obj)
        elif t.__module__ == "builtins" or t.__module__ is None:
            raise TypeError("cannot pickle '%s' object" % t.__name__)
        else:
            rv = _reduce_object(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(obj=obj, *rv)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(b"Q")
        else:
            try:
                self.write(b"P" + str(pid).encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") \
                    from None

    # -- atoms ------------------------------------------------------------

    def _save_int(self, obj):
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            if not self.bin:
                self.write(b"I%d\n" % obj)
            elif 0 <= obj <= 0xFF:
                self.write(b"K" + bytes((obj,)))
            elif 0 <= obj <= 0xFFFF:
                self.write(b"M" + obj.to_bytes(2, "little"))
            else:
                self.write(b"J" + obj.to_bytes(4, "little", signed=True))
        elif self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(b"\x8a" + bytes((n,)) + data)
            else:
                self.write(b"\x8b" + n.to_bytes(4, "little") + data)
        else:
            self.write(b"L" + repr(obj).encode("ascii") + b"L\n")

    def _save_str(self, obj):
        if self.bin:
            data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n <= 0xFF and self.proto >= 4:
                self._write_payload(b"\x8c" + bytes((n,)), data)
            elif n > 0xFFFFFFFF and self.proto >= 4:
                self._write_payload(b"\x8d" + n.to_bytes(8, "little"), data)
            else:
                self._write_payload(b"X" + n.to_bytes(4, "little"), data)
        else:
            self.write(b"V" + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xFF:
            self._write_payload(b"C" + bytes((n,)), obj)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._write_payload(b"\x8e" + n.to_bytes(8, "little"), obj)
        else:
            self._write_payload(b"B" + n.to_bytes(4, "little"), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_payload(b"\x96" + len(obj).to_bytes(8, "little"), bytes(obj))
        self.memoize(obj)

    # -- containers -------------------------------------------------------

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self.write(b")" if self.bin else b"(t")
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            idx = self._memo_index(obj)
            if idx is not None:
                # The tuple holds itself: drop the items, fetch it.
                self.write(b"0" * n)
                self._get(idx)
                return
            self.write(b"\x85\x86\x87"[n - 1:n])
        else:
            self.write(b"(")
            for item in obj:
                self.save(item)
            idx = self._memo_index(obj)
            if idx is not None:
                self.write(b"1" if self.bin else b"0" * (n + 1))
                self._get(idx)
                return
            self.write(b"t")
        self.memoize(obj)

    def _save_list(self, obj):
        self.write(b"]" if self.bin else b"(l")
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        if len(obj) == 1:
            self.save(obj[0])
            self.write(b"a")
            return
        total = 0
        while True:
            self.write(b"(")
            batch = 0
            while total < len(obj):
                self.save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCH:
                    break
            self.write(b"e")
            if total >= len(obj):
                return

    def _batch_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self.write(b"a")
            return
        while True:
            first = next(items, _MISSING)
            if first is _MISSING:
                return
            second = next(items, _MISSING)
            if second is _MISSING:
                self.save(first)
                self.write(b"a")
                return
            self.write(b"(")
            self.save(first)
            n = 1
            item = second
            while item is not _MISSING:
                self.save(item)
                n += 1
                if n == _BATCH:
                    break
                item = next(items, _MISSING)
            self.write(b"e")
            if n != _BATCH:
                return

    def _save_dict(self, obj):
        self.write(b"}" if self.bin else b"(d")
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
            self.write(b"s")
            return
        items = iter(obj.items())
        while True:
            self.write(b"(")
            n = 0
            for k, v in items:
                self.save(k)
                self.save(v)
                n += 1
                if n == _BATCH:
                    break
            self.write(b"u")
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if n != _BATCH:
                return

    def _batch_setitems(self, items):
        if not self.bin:
            for pair in items:
                k, v = _pair(pair)
                self.save(k)
                self.save(v)
                self.write(b"s")
            return
        while True:
            first = next(items, _MISSING)
            if first is _MISSING:
                return
            k, v = _pair(first)
            second = next(items, _MISSING)
            if second is _MISSING:
                self.save(k)
                self.save(v)
                self.write(b"s")
                return
            self.write(b"(")
            self.save(k)
            self.save(v)
            n = 1
            item = second
            while item is not _MISSING:
                k, v = _pair(item)
                self.save(k)
                self.save(v)
                n += 1
                if n == _BATCH:
                    break
                item = next(items, _MISSING)
            self.write(b"u")
            if n != _BATCH:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(b"\x8f")
        self.memoize(obj)
        size = len(obj)
        if not size:
            return
        items = iter(obj)
        while True:
            self.write(b"(")
            n = 0
            for item in items:
                self.save(item)
                n += 1
                if n == _BATCH:
                    break
            self.write(b"\x90")
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if n != _BATCH:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(b"(")
        for item in obj:
            self.save(item)
        idx = self._memo_index(obj)
        if idx is not None:
            self.write(b"1")
            self._get(idx)
            return
        self.write(b"\x91")
        self.memoize(obj)

    # -- reductions and globals -------------------------------------------

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, "__next__"):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, "__next__"):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(dictitems).__name__)
        name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if name == "__newobj_ex__":
            cls, a, kw = args
            if self.proto < 4:
                raise PicklingError("typhon cannot pickle keyword arguments to __new__ "
                                    "(__getnewargs_ex__) with protocol %d; use protocol 4 or "
                                    "higher" % self.proto)
            self.save(cls)
            self.save(a)
            self.save(kw)
            self.write(b"\x92")
        elif name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and obj.__class__ is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self.write(b"\x81")
        else:
            self.save(func)
            self.save(args)
            self.write(b"R")
        if obj is not None:
            idx = self._memo_index(obj)
            if idx is not None:
                self.write(b"0")
                self._get(idx)
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(b"b")
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(b"\x86R0")

    def save_global(self, obj, name=None):
        special = _SPECIAL_NAMES.get(id(obj))
        if special is None and name is None:
            # typhon's built-in functions and types live in no module object.
            builtin_name = getattr(obj, "__name__", None)
            if builtin_name is not None and _BUILTINS.get(builtin_name) is obj:
                special = ("builtins", builtin_name)
        if special is not None:
            module_name, name = special
        else:
            if name is None:
                name = getattr(obj, "__qualname__", None)
                if name is None:
                    name = obj.__name__
            if "<locals>" in name.split("."):
                raise AttributeError("Can't pickle local object %r" % name)
            module_name = getattr(obj, "__module__", None)
            if module_name is None:
                module_name = "__main__"
            found = _find_global(module_name, name)
            if found is None:
                if module_name != "builtins" and module_name not in sys.modules:
                    raise PicklingError("Can't pickle %r: import of module %r failed"
                                        % (obj, module_name))
                raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                    % (obj, name, module_name))
            if found is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module_name, name))
        # One str object per module name, as CPython's modules share theirs;
        # but CPython's built-in types name `builtins` by a str of their own,
        # not the one its built-in functions share.
        if module_name == "builtins" and isinstance(obj, type):
            module_name = _TYPES_MODULE
        module_name = self._module_names.setdefault(id(module_name) if module_name is
                                                    _TYPES_MODULE else module_name, module_name)
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(b"\x93")
        else:
            parent, _, last = name.rpartition(".")
            if parent:
                self.save_reduce(getattr, (_find_global(module_name, parent), last))
                self.memoize(obj)
                return
            if self.fix_imports:
                if (module_name, name) in _PY2_NAMES:
                    module_name, name = _PY2_NAMES[(module_name, name)]
                elif module_name in _PY2_MODULES:
                    module_name = _PY2_MODULES[module_name]
            encoding = "utf-8" if self.proto == 3 else "ascii"
            try:
                line = b"c" + module_name.encode(encoding) + b"\n" + name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %d" % (module_name, name, self.proto)) from None
            self.write(line + b"\n")
        self.memoize(obj)


_MISSING = object()
_TYPES_MODULE = "".join(("built", "ins"))
Pickler._module_names = {}


def _pair(item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError("dict items iterator must return 2-tuples")
    return item


class _Stop(Exception):
    pass


class Unpickler:
    """Reads pickles of objects from a binary file (its `read` and `readline`)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=()):
        self._read = file.read
        self._file = None if isinstance(file, _Bytes) else file
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.proto = 0

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
            elif module == "exceptions":
                module = "builtins"
        if module != "builtins" and (module, name) not in _SPECIAL_OBJECTS \
                and module != "copyreg" and module not in sys.modules:
            raise ModuleNotFoundError("No module named %r" % module)
        found = _find_global(module, name)
        if found is None:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (name, sys.modules.get(module, module)))
        return found

    def _take(self, n):
        data = self._data
        pos = self._pos
        if pos + n > len(data):
            raise UnpicklingError("pickle data was truncated")
        self._pos = pos + n
        return data[pos:pos + n]

    def _line(self):
        data = self._data
        pos = self._pos
        end = data.find(b"\n", pos)
        if end < 0:
            raise UnpicklingError("pickle data was truncated")
        self._pos = end + 1
        return data[pos:end]

    def load(self):
        # The whole rest of the file is read at once; frames need no handling
        # beyond skipping their headers.
        start = None
        if self._file is not None:
            try:
                start = self._file.tell()
            except (AttributeError, OSError):
                start = None
        data = self._read()
        if not data:
            raise EOFError("Ran out of input")
        self._data = data
        self._pos = 0
        self._stack = []
        self._marks = []
        try:
            while True:
                if self._pos >= len(data):
                    raise UnpicklingError("pickle data was truncated")
                op = data[self._pos]
                self._pos += 1
                handler = _OPS.get(op)
                if handler is None:
                    if 0x20 <= op <= 0x7E:
                        raise UnpicklingError("invalid load key, '%c'." % op)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % op)
                handler(self)
        except _Stop as stop:
            if start is not None:
                # Leave the file just after this pickle, as CPython's reads do.
                self._file.seek(start + self._pos)
            return stop.args[0]

    def _pop_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        start = self._marks.pop()
        items = self._stack[start:]
        del self._stack[start:]
        return items

    def _push(self, value):
        self._stack.append(value)

    def _top(self):
        if not self._stack:
            raise UnpicklingError("unpickling stack underflow")
        return self._stack[-1]

    def _pop(self):
        if not self._stack:
            raise UnpicklingError("unpickling stack underflow")
        return self._stack.pop()

    def _memo_get(self, idx):
        try:
            self._push(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _decode_str(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            d = inst.__dict__
            for k, v in state.items():
                d[k] = v
        if slots:
            for k, v in slots.items():
                setattr(inst, k, v)


def _op_proto(u):
    proto = u._take(1)[0]
    if proto > HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    u.proto = proto


def _op_frame(u):
    u._take(8)


def _op_stop(u):
    raise _Stop(u._pop())


def _op_int(u):
    line = u._line()
    if line == b"00":
        u._push(False)
    elif line == b"01":
        u._push(True)
    else:
        u._push(int(line))


def _op_long(u):
    line = u._line()
    if line.endswith(b"L"):
        line = line[:-1]
    u._push(int(line))


def _op_long1(u):
    n = u._take(1)[0]
    u._push(int.from_bytes(u._take(n), "little", signed=True))


def _op_long4(u):
    n = int.from_bytes(u._take(4), "little", signed=True)
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u._push(int.from_bytes(u._take(n), "little", signed=True))


def _op_string(u):
    line = u._line()
    if len(line) < 2 or line[0] != line[-1] or line[0] not in b"\"'":
        raise UnpicklingError("the STRING opcode argument must be quoted")
    u._push(u._decode_str(line[1:-1].decode("latin-1").encode("latin-1")))


def _op_unicode(u):
    # raw-unicode-escape: bytes are Latin-1 characters, but for \\uXXXX and
    # \\UXXXXXXXX escapes.
    line = u._line()
    text = line.decode("latin-1")
    if "\\" not in text:
        u._push(text)
        return
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) != width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise UnicodeDecodeError("rawunicodeescape", line, i, i + 2 + len(digits),
                                         "truncated \\%sXXXX escape" % text[i + 1])
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    u._push("".join(out))


def _sized(width):
    def take(u):
        return u._take(int.from_bytes(u._take(width), "little"))
    return take


_take1 = _sized(1)
_take4 = _sized(4)
_take8 = _sized(8)


def _memo_put(u, idx):
    if idx < 0:
        raise ValueError("negative PUT argument")
    u.memo[idx] = u._top()


def _setitems(u, items):
    d = u._top()
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]


def _appends(u, items):
    lst = u._top()
    if isinstance(lst, list):
        lst.extend(items)
    else:
        for item in items:
            lst.append(item)


def _additems(u, items):
    s = u._top()
    if isinstance(s, set):
        s.update(items)
    else:
        for item in items:
            s.add(item)


def _op_reduce(u):
    args = u._pop()
    func = u._pop()
    u._stack.append(func(*args))


def _op_newobj(u):
    args = u._pop()
    cls = u._pop()
    u._push(cls.__new__(cls, *args))


def _op_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    u._push(cls.__new__(cls, *args, **kwargs))


def _op_global(u):
    module = u._line().decode("utf-8")
    name = u._line().decode("utf-8")
    u._push(u.find_class(module, name))


def _op_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u._push(u.find_class(module, name))


def _op_inst(u):
    module = u._line().decode("ascii")
    name = u._line().decode("ascii")
    cls = u.find_class(module, name)
    u._push(cls(*u._pop_mark()))


def _op_obj(u):
    args = u._pop_mark()
    cls = args.pop(0)
    u._push(cls(*args))


def _op_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                              "argument was given")
    try:
        u._push(next(u._buffers))
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None


def _tuple_n(n):
    def op(u):
        items = u._stack[len(u._stack) - n:]
        if len(items) < n:
            raise UnpicklingError("unpickling stack underflow")
        del u._stack[len(u._stack) - n:]
        u._push(tuple(items))
    return op


_OPS = {
    0x80: _op_proto,
    0x95: _op_frame,
    ord("."): _op_stop,
    ord("("): lambda u: u._marks.append(len(u._stack)),
    ord("N"): lambda u: u._push(None),
    0x88: lambda u: u._push(True),
    0x89: lambda u: u._push(False),
    ord("I"): _op_int,
    ord("J"): lambda u: u._push(int.from_bytes(u._take(4), "little", signed=True)),
    ord("K"): lambda u: u._push(u._take(1)[0]),
    ord("M"): lambda u: u._push(int.from_bytes(u._take(2), "little")),
    ord("L"): _op_long,
    0x8a: _op_long1,
    0x8b: _op_long4,
    ord("F"): lambda u: u._push(float(u._line())),
    ord("G"): lambda u: u._push(_struct.unpack(">d", u._take(8))[0]),
    ord("S"): _op_string,
    ord("T"): lambda u: u._push(u._decode_str(_take4(u))),
    ord("U"): lambda u: u._push(u._decode_str(_take1(u))),
    ord("V"): _op_unicode,
    ord("X"): lambda u: u._push(_take4(u).decode("utf-8", "surrogatepass")),
    0x8c: lambda u: u._push(_take1(u).decode("utf-8", "surrogatepass")),
    0x8d: lambda u: u._push(_take8(u).decode("utf-8", "surrogatepass")),
    ord("B"): lambda u: u._push(bytes(_take4(u))),
    ord("C"): lambda u: u._push(bytes(_take1(u))),
    0x8e: lambda u: u._push(bytes(_take8(u))),
    0x96: lambda u: u._push(bytearray(_take8(u))),
    0x97: _op_next_buffer,
    0x98: lambda u: None,
    ord(")"): lambda u: u._push(()),
    ord("t"): lambda u: u._push(tuple(u._pop_mark())),
    0x85: _tuple_n(1),
    0x86: _tuple_n(2),
    0x87: _tuple_n(3),
    ord("]"): lambda u: u._push([]),
    ord("l"): lambda u: u._push(u._pop_mark()),
    ord("}"): lambda u: u._push({}),
    ord("d"): lambda u: u._push(_dict_of(u._pop_mark())),
    0x8f: lambda u: u._push(set()),
    0x91: lambda u: u._push(frozenset(u._pop_mark())),
    ord("a"): lambda u: _appends(u, [u._pop()]),
    ord("e"): lambda u: _appends(u, u._pop_mark()),
    ord("s"): lambda u: _setitems(u, _pair_rev(u)),
    ord("u"): lambda u: _setitems(u, u._pop_mark()),
    0x90: lambda u: _additems(u, u._pop_mark()),
    ord("0"): lambda u: u._pop() if u._stack else u._pop_mark(),
    ord("1"): lambda u: u._pop_mark(),
    ord("2"): lambda u: u._push(u._top()),
    ord("g"): lambda u: u._memo_get(int(u._line())),
    ord("h"): lambda u: u._memo_get(u._take(1)[0]),
    ord("j"): lambda u: u._memo_get(int.from_bytes(u._take(4), "little")),
    ord("p"): lambda u: _memo_put(u, int(u._line())),
    ord("q"): lambda u: _memo_put(u, u._take(1)[0]),
    ord("r"): lambda u: _memo_put(u, int.from_bytes(u._take(4), "little")),
    0x94: lambda u: _memo_put(u, len(u.memo)),
    ord("R"): _op_reduce,
    0x81: _op_newobj,
    0x92: _op_newobj_ex,
    ord("b"): lambda u: u._build(),
    ord("c"): _op_global,
    0x93: _op_stack_global,
    ord("i"): _op_inst,
    ord("o"): _op_obj,
    ord("P"): lambda u: u._push(u.persistent_load(u._line().decode("ascii"))),
    ord("Q"): lambda u: u._push(u.persistent_load(u._pop())),
}


def _pair_rev(u):
    value = u._pop()
    key = u._pop()
    return [key, value]


def _dict_of(items):
    d = {}
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]
    return d


class _Bytes:
    """A binary file reading from bytes, for `loads`."""

    def __init__(self, data):
        self._data = data

    def read(self, n=-1):
        data = self._data
        self._data = b""
        return data

    def readline(self):
        return b""


class _Sink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _Sink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.parts[0]


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return Unpickler(_Bytes(bytes(data)), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()
