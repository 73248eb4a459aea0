"""TOML 1.0 documents as Python values: `loads`, `load` and
`TOMLDecodeError`, as CPython 3.11's `tomllib` gives them.

The parser walks the source once with an index. What the document may
still change is kept beside the result in a tree of `_Marks`, one node
per key path (array-of-tables elements share their array's node, so a
new `[[x]]` element forgets the marks of the previous one):

- `sealed`: the value was written whole (an inline table or an array), so
  no later line may add to it;
- `declared`: the table was opened by a `[header]`, or (once the next
  header is reached) by a dotted key, so it may not be opened again.

Errors carry CPython's messages and its `(at line L, column C)` suffix,
computed from the index where the parser stopped.
"""

import re as _re
from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_CONTROL = "".join(chr(i) for i in range(32)) + "\x7f"
# Characters a string or comment may not hold (tab is always allowed,
# newline only in multi-line strings; a lone CR is never allowed).
_BAD_IN_LINE = _CONTROL.replace("\t", "")
_BAD_IN_MULTILINE = _BAD_IN_LINE.replace("\n", "")
_BARE_KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_HEX = "0123456789abcdefABCDEF"
_SPACE = " \t"
_SPACE_NL = " \t\n"
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_LOCAL_TIME_RE = _re.compile(_TIME)
_DATETIME_RE = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"
)
_NUMBER_RE = _re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"((?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)"
)


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document given as a str into a dict."""
    return _Parser(s.replace("\r\n", "\n"), parse_float).document()


class _Marks:
    """What is known about one key path of the document (see the module doc)."""

    __slots__ = ("here", "below", "kids")

    def __init__(self):
        self.here = set()  # marks of this path alone
        self.below = set()  # marks of this path and everything under it
        self.kids = {}


_SEALED = "sealed"
_DECLARED = "declared"


def _mark(root, key, what, below):
    node = root
    for part in key:
        kid = node.kids.get(part)
        if kid is None:
            kid = node.kids[part] = _Marks()
        node = kid
    if below:
        node.below.add(what)
    else:
        node.here.add(what)


def _marked(root, key, what):
    if not key:
        return False
    node = root
    last = len(key) - 1
    for i in range(len(key)):
        node = node.kids.get(key[i])
        if node is None:
            return False
        if what in node.below:
            return True
        if i == last:
            return what in node.here
    return False


def _forget(root, key):
    node = root
    for part in key[:-1]:
        node = node.kids.get(part)
        if node is None:
            return
    node.kids.pop(key[-1], None)


def _nest(table, key, into_arrays=True):
    """The table at `key` under `table`, made where missing; KeyError when
    a value that is not a table is in the way."""
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if into_arrays and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError(part)
    return table


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        if parse_float is float:
            self.parse_float = float
        else:
            self.parse_float = _checked_float(parse_float)

    # -- errors and small scanners -----------------------------------------

    def error(self, message, pos=None):
        if pos is None:
            pos = self.pos
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            if line == 1:
                column = pos + 1
            else:
                column = pos - src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, column)
        return TOMLDecodeError("%s (at %s)" % (message, where))

    def peek(self):
        pos = self.pos
        return self.src[pos] if pos < len(self.src) else ""

    def skip(self, chars):
        src = self.src
        pos = self.pos
        n = len(src)
        while pos < n and src[pos] in chars:
            pos += 1
        self.pos = pos

    def scan_to(self, end, bad, must_end):
        """The index of the next `end`; an error when it is missing (if
        `must_end`) or a character of `bad` comes before it."""
        src = self.src
        start = self.pos
        stop = src.find(end, start)
        if stop < 0:
            stop = len(src)
            if must_end:
                raise self.error("Expected %r" % end, stop)
        for i in range(start, stop):
            if src[i] in bad:
                raise self.error("Found invalid character %r" % src[i], i)
        return stop

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.pos = self.scan_to("\n", _BAD_IN_LINE, False)

    def skip_blank_and_comments(self):
        while True:
            before = self.pos
            self.skip(_SPACE_NL)
            self.skip_comment()
            if self.pos == before:
                return

    # -- statements ---------------------------------------------------------

    def document(self):
        src = self.src
        result = {}
        marks = _Marks()
        pending = []
        header = ()
        while True:
            self.skip(_SPACE)
            c = self.peek()
            if not c:
                break
            if c == "\n":
                self.pos += 1
                continue
            if c in _BARE_KEY or c == '"' or c == "'":
                self.key_value_line(result, marks, pending, header)
                self.skip(_SPACE)
            elif c == "[":
                for key in pending:
                    _mark(marks, key, _DECLARED, False)
                pending.clear()
                if src.startswith("[[", self.pos):
                    header = self.array_header(result, marks)
                else:
                    header = self.table_header(result, marks)
                self.skip(_SPACE)
            elif c != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            c = self.peek()
            if not c:
                break
            if c != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return result

    def key_value_line(self, result, marks, pending, header):
        key, value = self.key_value()
        parent = header + key[:-1]
        for i in range(1, len(key)):
            inner = header + key[:i]
            if _marked(marks, inner, _DECLARED):
                raise self.error("Cannot redefine namespace %s" % (inner,))
            pending.append(inner)
        if _marked(marks, parent, _SEALED):
            raise self.error("Cannot mutate immutable namespace %s" % (parent,))
        try:
            table = _nest(result, parent)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if key[-1] in table:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            _mark(marks, header + key, _SEALED, True)
        table[key[-1]] = value

    def table_header(self, result, marks):
        self.pos += 1
        self.skip(_SPACE)
        key = self.key()
        if _marked(marks, key, _DECLARED) or _marked(marks, key, _SEALED):
            raise self.error("Cannot declare %s twice" % (key,))
        _mark(marks, key, _DECLARED, False)
        try:
            _nest(result, key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]", self.pos):
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_header(self, result, marks):
        self.pos += 2
        self.skip(_SPACE)
        key = self.key()
        if _marked(marks, key, _SEALED):
            raise self.error("Cannot mutate immutable namespace %s" % (key,))
        _forget(marks, key)
        _mark(marks, key, _DECLARED, False)
        try:
            table = _nest(result, key[:-1])
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        last = key[-1]
        if last in table:
            array = table[last]
            if not isinstance(array, list):
                raise self.error("Cannot overwrite a value")
            array.append({})
        else:
            table[last] = [{}]
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    # -- keys ---------------------------------------------------------------

    def key_value(self):
        key = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_SPACE)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_SPACE)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_SPACE)
            parts.append(self.key_part())
            self.skip(_SPACE)
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c and c in _BARE_KEY:
            start = self.pos
            self.skip(_BARE_KEY)
            return self.src[start:self.pos]
        if c == "'":
            return self.literal_string()
        if c == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error("Invalid initial character for a key part")

    # -- values -------------------------------------------------------------

    def value(self):
        src = self.src
        pos = self.pos
        c = self.peek()
        if c == '"':
            if src.startswith('"""', pos):
                self.pos += 3
                if src.startswith("\n", self.pos):
                    self.pos += 1
                text = self.basic_string(True)
                return text + self.extra_quotes('"')
            self.pos += 1
            return self.basic_string(False)
        if c == "'":
            if src.startswith("'''", pos):
                self.pos += 3
                if src.startswith("\n", self.pos):
                    self.pos += 1
                stop = self.scan_to("'''", _BAD_IN_MULTILINE, True)
                text = src[self.pos:stop]
                self.pos = stop + 3
                return text + self.extra_quotes("'")
            return self.literal_string()
        if c == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        m = _DATETIME_RE.match(src, pos)
        if m:
            try:
                value = _to_datetime(m)
            except ValueError:
                raise self.error("Invalid date or datetime") from None
            self.pos = m.end()
            return value
        m = _LOCAL_TIME_RE.match(src, pos)
        if m:
            self.pos = m.end()
            return _time(*_to_time(m, 0))
        m = _NUMBER_RE.match(src, pos)
        if m:
            self.pos = m.end()
            if m.group(1):
                return self.parse_float(m.group())
            return int(m.group(), 0)
        for word in (src[pos:pos + 3], src[pos:pos + 4]):
            if word in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
                self.pos += len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    def extra_quotes(self, quote):
        # A closing delimiter may be followed by one or two more quotes,
        # which belong to the string.
        extra = ""
        for _ in range(2):
            if not self.src.startswith(quote, self.pos):
                break
            self.pos += 1
            extra += quote
        return extra

    def literal_string(self):
        self.pos += 1
        stop = self.scan_to("'", _BAD_IN_LINE, True)
        text = self.src[self.pos:stop]
        self.pos = stop + 1
        return text

    def basic_string(self, multiline):
        src = self.src
        n = len(src)
        bad = _BAD_IN_MULTILINE if multiline else _BAD_IN_LINE
        pieces = []
        pos = start = self.pos
        while True:
            if pos >= n:
                raise self.error("Unterminated string", pos)
            c = src[pos]
            if c == '"':
                if not multiline:
                    pieces.append(src[start:pos])
                    self.pos = pos + 1
                    return "".join(pieces)
                if src.startswith('"""', pos):
                    pieces.append(src[start:pos])
                    self.pos = pos + 3
                    return "".join(pieces)
                pos += 1
            elif c == "\\":
                pieces.append(src[start:pos])
                self.pos = pos
                pieces.append(self.escape(multiline))
                pos = start = self.pos
            elif c in bad:
                raise self.error("Illegal character %r" % c, pos)
            else:
                pos += 1

    def escape(self, multiline):
        src = self.src
        code = src[self.pos + 1:self.pos + 2]
        self.pos += 2
        if multiline and code in (" ", "\t", "\n"):
            # A line-ending backslash drops the whitespace and newlines after it.
            if code != "\n":
                self.skip(_SPACE)
                c = self.peek()
                if not c:
                    return ""
                if c != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_SPACE_NL)
            return ""
        if code == "u" or code == "U":
            width = 4 if code == "u" else 8
            digits = src[self.pos:self.pos + width]
            if len(digits) != width or any(d not in _HEX for d in digits):
                raise self.error("Invalid hex value")
            self.pos += width
            point = int(digits, 16)
            if not (0 <= point <= 0xD7FF or 0xE000 <= point <= 0x10FFFF):
                raise self.error("Escaped character is not a Unicode scalar value")
            return chr(point)
        if code in _ESCAPES:
            return _ESCAPES[code]
        raise self.error("Unescaped '\\' in a string")

    def array(self):
        self.pos += 1
        items = []
        self.skip_blank_and_comments()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_blank_and_comments()
            c = self.peek()
            if c == "]":
                self.pos += 1
                return items
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_blank_and_comments()
            if self.peek() == "]":
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        result = {}
        marks = _Marks()
        self.skip(_SPACE)
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            key, value = self.key_value()
            if _marked(marks, key, _SEALED):
                raise self.error("Cannot mutate immutable namespace %s" % (key,))
            try:
                table = _nest(result, key[:-1], False)
            except KeyError:
                raise self.error("Cannot overwrite a value") from None
            if key[-1] in table:
                raise self.error("Duplicate inline table key %r" % key[-1])
            table[key[-1]] = value
            self.skip(_SPACE)
            c = self.peek()
            if c == "}":
                self.pos += 1
                return result
            if c != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                _mark(marks, key, _SEALED, True)
            self.pos += 1
            self.skip(_SPACE)


def _checked_float(parse_float):
    def parse(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value

    return parse


def _to_time(m, first):
    hour, minute, second, fraction = m.group(first + 1, first + 2, first + 3, first + 4)
    micros = int(fraction.ljust(6, "0")) if fraction else 0
    return int(hour), int(minute), int(second), micros


_ZONES = {}


def _to_datetime(m):
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if m.group(4) is None:
        return _date(year, month, day)
    hour, minute, second, micros = _to_time(m, 3)
    if m.group(8):
        zone = _timezone.utc
    elif m.group(9):
        text = m.group(9) + m.group(10) + m.group(11)
        zone = _ZONES.get(text)
        if zone is None:
            sign = 1 if m.group(9) == "+" else -1
            delta = _timedelta(hours=sign * int(m.group(10)), minutes=sign * int(m.group(11)))
            zone = _ZONES[text] = _timezone(delta)
    else:
        zone = None
    return _datetime(year, month, day, hour, minute, second, micros, tzinfo=zone)
