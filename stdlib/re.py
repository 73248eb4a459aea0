"""Regular expressions, as CPython 3.11's `re` module.

The parser and the backtracking matcher are native (`_re`, in
`runtime/src/modules/re/`), with CPython's `sre` semantics and error
messages; this module builds the `Pattern` and `Match` objects, the
replacement templates of `sub` and the functions on top of them.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807

# In the order CPython 3.11 declares them, which is the order reprs use.
_FLAG_NAMES = [
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
]


def _flag_text(value):
    if value == 0:
        return "re.NOFLAG"
    parts = []
    rest = value
    for name, bit in _FLAG_NAMES:
        if value & bit:
            parts.append("re." + name)
            rest &= ~bit
    if rest:
        parts.append(hex(rest))
    return "|".join(parts)


class RegexFlag(int):
    """A combination of `re` flags; prints as `re.IGNORECASE|re.MULTILINE`."""

    def __repr__(self):
        return _flag_text(int(self))

    def __str__(self):
        return _flag_text(int(self))

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __ror__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __rand__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    def __invert__(self):
        return RegexFlag(511 & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A bad regular expression or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _check_subject(pattern, string):
    if isinstance(pattern, str):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
    elif not isinstance(string, (bytes, bytearray)):
        if isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)


def _text(string):
    """What groups are sliced from: CPython gives bytes for a bytearray."""
    if isinstance(string, bytearray):
        return bytes(string)
    return string


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, program):
        self.pattern = pattern
        self._program = program
        groups, groupindex, flags = _re.info(program)
        self.groups = groups
        self.groupindex = groupindex
        self.flags = flags
        self._names = {}
        for name in groupindex:
            self._names[groupindex[name]] = name

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        return "re.compile(%s, %s)" % (text, _flag_text(flags))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _find(self, string, pos, endpos, mode):
        _check_subject(self.pattern, string)
        spans = _re.find(self._program, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """A match at the start of `string` (from `pos`), or None."""
        return self._find(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """A match of all of `string` (between `pos` and `endpos`), or None."""
        return self._find(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match anywhere in `string`, or None."""
        return self._find(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit):
        _check_subject(self.pattern, string)
        return _re.scan(self._program, string, pos, endpos, limit)


    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator over the non-overlapping matches."""
        found = self._scan(string, pos, endpos, 0)
        return iter([Match(self, string, pos, endpos, spans) for spans in found])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """The matched strings (or group tuples) of every match."""
        res = []
        groups = self.groups
        found = self._scan(string, pos, endpos, 0)
        string = _text(string)
        empty = string[:0]
        for spans in found:
            if groups == 0:
                res.append(string[spans[0]:spans[1]])
            elif groups == 1:
                if spans[2] < 0:
                    res.append(empty)
                else:
                    res.append(string[spans[2]:spans[3]])
            else:
                items = []
                for idx in range(1, groups + 1):
                    start = spans[2 * idx]
                    if start < 0:
                        items.append(empty)
                    else:
                        items.append(string[start:spans[2 * idx + 1]])
                res.append(tuple(items))
        return res

    def split(self, string, maxsplit=0):
        """`string` cut at every match, with the groups' text in between."""
        if maxsplit < 0:
            _check_subject(self.pattern, string)
            return [string]
        res = []
        last = 0
        groups = self.groups
        found = self._scan(string, 0, _MAXSIZE, maxsplit)
        string = _text(string)
        for spans in found:
            res.append(string[last:spans[0]])
            for idx in range(1, groups + 1):
                start = spans[2 * idx]
                if start < 0:
                    res.append(None)
                else:
                    res.append(string[start:spans[2 * idx + 1]])
            last = spans[1]
        res.append(string[last:])
        return res

    def subn(self, repl, string, count=0):
        """`(new_string, number_of_substitutions)`."""
        if callable(repl):
            template = None
        else:
            _check_subject(self.pattern, repl)
            template = _compile_template(self, repl)
        if count < 0:
            _check_subject(self.pattern, string)
            return string, 0
        found = self._scan(string, 0, _MAXSIZE, count)
        string = _text(string)
        pieces = []
        last = 0
        for spans in found:
            pieces.append(string[last:spans[0]])
            if template is None:
                item = repl(Match(self, string, 0, _MAXSIZE, spans))
                if item is not None:
                    pieces.append(item)
            elif isinstance(template, list):
                pieces.append(_expand(template, string, spans))
            else:
                pieces.append(template)
            last = spans[1]
        pieces.append(string[last:])
        return string[:0].join(pieces), len(found)

    def sub(self, repl, string, count=0):
        """`string` with every match replaced by `repl`."""
        return self.subn(repl, string, count)[0]


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self._text = _text(string)
        length = len(string)
        self.pos = min(max(pos, 0), length)
        self.endpos = min(max(endpos, 0), length)
        self._spans = spans
        last = spans[-1]
        if last < 0:
            self.lastindex = None
            self.lastgroup = None
        else:
            self.lastindex = last
            self.lastgroup = pattern._names.get(last)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50])

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _get(self, index, default=None):
        start = self._spans[2 * index]
        end = self._spans[2 * index + 1]
        if start < 0 or end < 0:
            return default
        return self._text[start:end]

    def group(self, *groups):
        """One group's text, or a tuple of several."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple([self._get(self._index(g)) for g in groups])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """Every group's text (`default` for a group that did not match)."""
        return tuple([self._get(idx, default) for idx in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        """The named groups' texts."""
        res = {}
        for name, index in self.re.groupindex.items():
            res[name] = self._get(index, default)
        return res

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    @property
    def regs(self):
        return tuple([(self._spans[2 * idx], self._spans[2 * idx + 1])
                      for idx in range(self.re.groups + 1)])

    def expand(self, template):
        """`template` with its group references replaced."""
        compiled = _compile_template(self.re, template)
        if isinstance(compiled, list):
            return _expand(compiled, self._text, self._spans)
        return compiled

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_OCTDIGITS = "01234567"
_DIGITS = "0123456789"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\v", "\\": "\\"}


def _template_error(msg, template, pos):
    if not isinstance(template, str):
        msg = msg.encode("ascii", "backslashreplace").decode("ascii")
    return error(msg, template, pos)


def _compile_template(pattern, template):
    """A template without group references as a plain string; otherwise a
    list of strings and group numbers."""
    is_bytes = not isinstance(template, str)
    text = template.decode("latin-1") if is_bytes else template
    if "\\" not in text:
        return template
    parts = []
    literal = []
    groups = pattern.groups
    size = len(text)
    i = 0

    def add_group(index, pos):
        if index > groups:
            raise _template_error("invalid group reference %d" % index, template, pos)
        if literal:
            parts.append("".join(literal))
            del literal[:]
        parts.append(index)

    while i < size:
        c = text[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        if i >= size:
            raise error("bad escape (end of pattern)", template, size - 1)
        c = text[i]
        i += 1
        if c == "g":
            if i >= size or text[i] != "<":
                raise _template_error("missing <", template, i)
            i += 1
            close = text.find(">", i)
            if close < 0:
                name = text[i:]
                if not name:
                    raise _template_error("missing group name", template, size)
                raise _template_error("missing >, unterminated name", template, i)
            name = text[i:close]
            if not name:
                raise _template_error("missing group name", template, i)
            i = close + 1
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if not name.isdigit() or not name.isascii():
                    raise _template_error("bad character in group name %r" % name,
                                          template, i - len(name) - 1)
                index = int(name)
                if index >= 1073741823:
                    raise _template_error("invalid group reference %d" % index,
                                          template, i - len(name) - 1)
            add_group(index, i - len(name) - 1)
        elif c == "0":
            digits = c
            if i < size and text[i] in _OCTDIGITS:
                digits += text[i]
                i += 1
                if i < size and text[i] in _OCTDIGITS:
                    digits += text[i]
                    i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            start = i - 1
            digits = c
            if i < size and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if (c in _OCTDIGITS and digits[1] in _OCTDIGITS
                        and i < size and text[i] in _OCTDIGITS):
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise _template_error(
                            "octal escape value \\%s outside of range 0-0o377" % digits,
                            template, start - 1)
                    literal.append(chr(value))
                    continue
            add_group(int(digits), start)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise _template_error("bad escape \\" + c, template, i - 2)
        else:
            literal.append("\\" + c)
    if literal:
        parts.append("".join(literal))
    if is_bytes:
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    return parts


def _expand(parts, string, spans):
    pieces = []
    for part in parts:
        if isinstance(part, int):
            start = spans[2 * part]
            if start >= 0:
                pieces.append(string[start:spans[2 * part + 1]])
        else:
            pieces.append(part)
    return string[:0].join(pieces)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    program = _re.compile(pattern, flags)
    if isinstance(program, tuple):
        kind, msg, pos = program
        if kind == 1:
            raise OverflowError(msg)
        if kind == 2:
            raise ValueError(msg)
        raise error(msg, pattern, pos)
    res = Pattern(pattern, program)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = res
    return res


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A match at the start of `string`, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A match of the whole `string`, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first match anywhere in `string`, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """`string` with the matches of `pattern` replaced by `repl`."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """`(new_string, number_of_substitutions)`."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """`string` split by the occurrences of `pattern`."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match, as strings or tuples of groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over the non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """`pattern` with every special character backslash-escaped."""
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    text = str(pattern, "latin1")
    return "".join(["\\" + c if c in _SPECIAL else c for c in text]).encode("latin1")
