"""Common string constants, `capwords` and `Template`, as in CPython's `string` module."""

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

# CPython's `__all__` (the names this module provides), which
# `from string import *` binds.
__all__ = [
    'ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
    'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
    'whitespace', 'Template'
]
