"""JSON decoding, with the behaviour (messages and positions of errors
included) of CPython's `json.decoder` and its C scanner."""

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'
_WHITESPACE = ' \t\n\r'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error:

    msg: the unformatted error message, doc: the document being parsed,
    pos: the index in doc where parsing failed, lineno, colno: the line
    and column of pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _check_control(s, start, stop):
    """Raise for the first control character in s[start:stop]."""
    for i in range(start, stop):
        if s[i] < ' ':
            raise JSONDecodeError("Invalid control character at", s, i)


def _hex4(s, start):
    """The value of the four hex digits at s[start:start + 4], else -1."""
    digits = s[start:start + 4]
    for c in digits:
        if c not in _HEX:
            return -1
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Scan the string literal whose opening quote is at s[end - 1].

    Return the decoded string and the index after its closing quote.
    """
    begin = end - 1
    length = len(s)
    chunks = []
    while True:
        quote = s.find('"', end)
        if quote < 0:
            backslash = s.find('\\', end)
            stop = length if backslash < 0 else backslash
        else:
            backslash = s.find('\\', end, quote)
            stop = quote if backslash < 0 else backslash
        chunk = s[end:stop]
        if strict and not chunk.isprintable():
            _check_control(s, end, stop)
        if stop == length:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if stop == quote:
            if not chunks:
                return chunk, stop + 1
            chunks.append(chunk)
            return ''.join(chunks), stop + 1
        if chunk:
            chunks.append(chunk)
        following = stop + 1
        if following == length:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[following]
        if c != 'u':
            decoded = _BACKSLASH.get(c)
            if decoded is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            chunks.append(decoded)
            end = following + 1
            continue
        end = following + 5
        if end >= length:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, following)
        code = _hex4(s, following + 1)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, following)
        if 0xd800 <= code <= 0xdbff and end + 6 < length and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


py_scanstring = scanstring


class _Scanner:
    """The settings of one decoder and the recursive descent over a document."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        parse_float = decoder.parse_float
        parse_int = decoder.parse_int
        self.parse_float = None if parse_float is float else parse_float
        self.parse_int = None if parse_int is int else parse_int
        self.parse_constant = decoder.parse_constant

    def skip(self, s, idx):
        length = len(s)
        while idx < length and s[idx] in _WHITESPACE:
            idx += 1
        return idx

    def scan(self, s, idx):
        """The value starting at s[idx] and the index after it; StopIteration
        with the index when no value starts there."""
        if idx >= len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.object(s, idx + 1)
        if c == '[':
            return self.array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self.number(s, idx)

    def number(self, s, start):
        last = len(s) - 1
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx > last:
                raise StopIteration(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx <= last and s[idx] in _DIGITS:
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < last and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx <= last and s[idx] in _DIGITS:
                idx += 1
        if idx < last and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < last and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx <= last and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        if is_float:
            if self.parse_float is None:
                return float(text), idx
            return self.parse_float(text), idx
        if self.parse_int is None:
            return int(text), idx
        return self.parse_int(text), idx

    def object(self, s, idx):
        length = len(s)
        pairs = []
        idx = self.skip(s, idx)
        if idx >= length or s[idx] != '}':
            while True:
                if idx >= length or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                idx = self.skip(s, idx)
                if idx >= length or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = self.skip(s, idx + 1)
                value, idx = self.scan(s, idx)
                pairs.append((key, value))
                idx = self.skip(s, idx)
                if idx < length and s[idx] == '}':
                    break
                if idx >= length or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = self.skip(s, idx + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result), idx + 1
        return result, idx + 1

    def array(self, s, idx):
        length = len(s)
        values = []
        idx = self.skip(s, idx)
        if idx >= length or s[idx] != ']':
            while True:
                value, idx = self.scan(s, idx)
                values.append(value)
                idx = self.skip(s, idx)
                if idx < length and s[idx] == ']':
                    break
                if idx >= length or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = self.skip(s, idx + 1)
        return values, idx + 1


class JSONDecoder:
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        # Like CPython's scanner, the settings are read once, here.
        self._scanner = _Scanner(self)

    def scan_once(self, s, idx):
        if idx < 0:
            raise ValueError("idx cannot be negative")
        return self._scanner.scan(s, idx)

    def decode(self, s):
        """Return the Python representation of the JSON document `s`."""
        scanner = self._scanner
        obj, end = self.raw_decode(s, scanner.skip(s, 0))
        end = scanner.skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]; return it and the
        index where it ends."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end

# CPython's `__all__` (the names this module provides), which
# `from json.decoder import *` binds.
__all__ = [
    'JSONDecoder', 'JSONDecodeError'
]
