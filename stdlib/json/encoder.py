"""JSON encoding, with the behaviour of CPython's `json.encoder`.

CPython has two encoders: a C one for `dumps`/`encode` without `indent`
and a Python one for everything else (`indent`, `dump`, `iterencode`).
They differ only in one message (the Python one names the float in
"Out of range float values are not JSON compliant: inf"); `_Emitter`
follows whichever CPython would have used.
"""

INFINITY = float('inf')
c_make_encoder = None


def _escape_table(ascii_only):
    table = {}
    for code in range(0x20):
        table[code] = '\\u{0:04x}'.format(code)
    table[ord('"')] = '\\"'
    table[ord('\\')] = '\\\\'
    table[ord('\n')] = '\\n'
    table[ord('\r')] = '\\r'
    table[ord('\t')] = '\\t'
    table[ord('\b')] = '\\b'
    table[ord('\f')] = '\\f'
    if ascii_only:
        table[0x7f] = '\\u007f'
    return table


_TABLE = _escape_table(False)
_ASCII_TABLE = _escape_table(True)


def encode_basestring(s):
    """Return a JSON representation of the Python string `s`."""
    if '"' not in s and '\\' not in s and s.isprintable():
        return '"' + s + '"'
    return '"' + s.translate(_TABLE) + '"'


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of the Python string `s`."""
    if s.isascii():
        if '"' not in s and '\\' not in s and s.isprintable():
            return '"' + s + '"'
        return '"' + s.translate(_ASCII_TABLE) + '"'
    parts = ['"']
    append = parts.append
    table = _ASCII_TABLE
    for c in s:
        n = ord(c)
        if n < 0x80:
            escaped = table.get(n)
            append(c if escaped is None else escaped)
        elif n < 0x10000:
            append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    append('"')
    return ''.join(parts)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serialisable object for `o`, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON string of the Python object `o`."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        parts = []
        _Emitter(self, parts, self.indent is None).value(o, 0)
        return ''.join(parts)

    def iterencode(self, o, _one_shot=False):
        """Encode `o`, returning its JSON text in chunks."""
        parts = []
        _Emitter(self, parts, _one_shot and self.indent is None).value(o, 0)
        return iter(parts)


class _Emitter:
    """One encoding: appends the JSON text of a value to `parts`."""

    def __init__(self, encoder, parts, c_path):
        self.parts = parts
        self.c_path = c_path
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.encode_str = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        self.allow_nan = encoder.allow_nan
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            if self.c_path:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def value(self, o, level):
        kind = type(o)
        if kind is str:
            self.parts.append(self.encode_str(o))
        elif kind is int:
            self.parts.append(str(o))
        elif kind is float:
            self.parts.append(self.floatstr(o))
        elif kind is list or kind is tuple:
            self.array(o, level)
        elif kind is dict:
            self.object(o, level)
        elif isinstance(o, str):
            self.parts.append(self.encode_str(o))
        elif o is None:
            self.parts.append('null')
        elif o is True:
            self.parts.append('true')
        elif o is False:
            self.parts.append('false')
        elif isinstance(o, int):
            self.parts.append(int.__repr__(o))
        elif isinstance(o, float):
            self.parts.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            markers = self.markers
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            self.value(self.default(o), level)
            if markers is not None:
                del markers[marker]

    def array(self, lst, level):
        parts = self.parts
        if not lst:
            parts.append('[]')
            return
        markers = self.markers
        if markers is not None:
            marker = id(lst)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = lst
        indent = self.indent
        if indent is None:
            separator = self.item_separator
            parts.append('[')
        else:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            parts.append('[' + newline)
        first = True
        for item in lst:
            if first:
                first = False
            else:
                parts.append(separator)
            self.value(item, level)
        if indent is not None:
            parts.append('\n' + indent * (level - 1))
        parts.append(']')
        if markers is not None:
            del markers[marker]

    def object(self, dct, level):
        parts = self.parts
        if not dct:
            parts.append('{}')
            return
        markers = self.markers
        if markers is not None:
            marker = id(dct)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = dct
        indent = self.indent
        if indent is None:
            separator = self.item_separator
            parts.append('{')
        else:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            parts.append('{' + newline)
        key_separator = self.key_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                parts.append(separator)
            parts.append(self.encode_str(key))
            parts.append(key_separator)
            self.value(value, level)
        if indent is not None:
            parts.append('\n' + indent * (level - 1))
        parts.append('}')
        if markers is not None:
            del markers[marker]
