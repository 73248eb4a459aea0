"""Common string constants, `capwords`, `Template` and `Formatter`, as in
CPython's `string` module."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of `s`, split and joined by `sep`."""
    words = s.split(sep)
    return (sep or " ").join([word.capitalize() for word in words])


def _ident_end(s, i):
    # End of the ASCII identifier starting at i (i itself when there is none).
    n = len(s)
    if i < n and (s[i] == "_" or s[i] in ascii_letters):
        i += 1
        while i < n and (s[i] == "_" or s[i] in ascii_letters or s[i] in digits):
            i += 1
    return i


class Template:
    """`$name` and `${name}` substitution (`$$` is a literal `$`)."""

    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        # Returns (text, identifiers); raises for a bad placeholder unless safe.
        s = self.template
        d = self.delimiter
        out = []
        names = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            end = _ident_end(s, k)
            if end > k:
                name = s[k:end]
                names.append(name)
                i = end
            elif s[k:k + 1] == "{" and _ident_end(s, k + 1) > k + 1 \
                    and s[_ident_end(s, k + 1):_ident_end(s, k + 1) + 1] == "}":
                end = _ident_end(s, k + 1)
                name = s[k + 1:end]
                names.append(name)
                i = end + 1
            else:
                if safe:
                    out.append(d)
                    i = k
                    continue
                if mapping is None:
                    return None, names
                lines = s[:k].splitlines(True)
                if not lines:
                    colno = 1
                    lineno = 1
                else:
                    colno = k - len("".join(lines[:-1]))
                    lineno = len(lines)
                raise ValueError("Invalid placeholder in string: line %d, col %d"
                                 % (lineno, colno))
            if mapping is None:
                continue
            if safe:
                if name in mapping:
                    out.append("%s" % (mapping[name],))
                else:
                    out.append(s[j:i])
            else:
                out.append("%s" % (mapping[name],))
        return "".join(out), names

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        return self._scan(mapping, False)[0]

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        return self._scan(mapping, True)[0]

    def get_identifiers(self):
        ids = []
        for name in self._scan(None, True)[1]:
            if name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        return self._scan(None, False)[0] is not None


class Formatter:
    """`str.format` as a class whose steps (`parse`, `get_field`,
    `get_value`, `convert_field`, `format_field`, `check_unused_args`) a
    subclass can replace."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification '
                                         'to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification '
                                         'to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """`(literal_text, field_name, format_spec, conversion)` for each
        piece of `format_string`; the last three are None after text with
        no field."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _parse_format(s):
    pieces = []
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            c = ''
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if c == '':
            pieces.append((s[start:i], None, None, None))
            break
        if s[i] == c:
            # A doubled brace: literal text ending in one brace.
            i += 1
            pieces.append((s[start:i - 1], None, None, None))
            continue
        literal = s[start:i - 1]
        field_name, format_spec, conversion, i = _parse_field(s, i)
        pieces.append((literal, field_name, format_spec, conversion))
    return iter(pieces)


def _parse_field(s, i):
    # `s[i:]` follows a field's `{`: the field name, the conversion and
    # the format spec up to the matching `}`.
    n = len(s)
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    else:
        raise ValueError("expected '}' before end of string")
    field_name = s[start:i - 1]
    conversion = None
    if c == '}':
        return field_name, '', None, i
    if c == '!':
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        c = s[i]
        i += 1
        if c == '}':
            return field_name, '', conversion, i
        if c != ':':
            raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    count = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            count += 1
        elif c == '}':
            count -= 1
            if count == 0:
                return field_name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _field_name_split(name):
    k = 0
    while k < len(name) and name[k] != '.' and name[k] != '[':
        k += 1
    first = name[:k]
    if first and first.isdecimal():
        first = int(first)
    return first, _field_rest(name, k)


def _field_rest(name, k):
    n = len(name)
    while k < n:
        c = name[k]
        k += 1
        if c == '.':
            end = k
            while end < n and name[end] != '.' and name[end] != '[':
                end += 1
            attr = name[k:end]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield True, attr
            k = end
        else:
            end = name.find(']', k)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k:end]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdecimal():
                key = int(key)
            k = end + 1
            if k < n and name[k] != '.' and name[k] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, key


# CPython's `__all__` (the names this module provides), which
# `from string import *` binds.
__all__ = [
    'ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
    'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
    'whitespace', 'Formatter', 'Template'
]
