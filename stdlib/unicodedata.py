"""unicodedata: the Unicode 14.0 character database of CPython 3.11
(properties, names, numeric values, decompositions and normalization),
over the native `_unicodedata` tables."""

import _unicodedata

unidata_version = '14.0.0'

# The property values in the order of `_unicodedata.record`'s indices
# (`scripts/gen_unicodedata.py` writes the records with the same lists).
_CATEGORIES = ("Cn Lu Ll Lt Mn Mc Me Nd Nl No Zs Zl Zp Cc Cf Cs Co "
               "Lm Lo Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So").split()
_BIDI = ("- L LRE LRO R AL RLE RLO PDF EN ES ET AN CS NSM BN B S WS ON "
         "LRI RLI FSI PDI").split()
_BIDI[0] = ""
_WIDTHS = "F H W Na A N".split()
_FORMS = {"NFC": 0, "NFD": 1, "NFKC": 2, "NFKD": 3}
_MISSING = object()


def _type_name(value):
    # CPython's argument errors say "None" for None.
    return "None" if value is None else type(value).__name__


def _char(function, chr, label="argument"):
    # CPython's check: one str of one code point.
    if not isinstance(chr, str):
        raise TypeError("%s() %s must be a unicode character, not %s"
                        % (function, label, _type_name(chr)))
    if len(chr) != 1:
        raise TypeError("%s() %s must be a unicode character, not str"
                        % (function, label))
    return ord(chr)


def category(chr, /):
    """Returns the general category assigned to the character chr as string."""
    return _CATEGORIES[_unicodedata.record(_char("category", chr)) & 31]


def bidirectional(chr, /):
    """Returns the bidirectional class assigned to the character chr as string."""
    return _BIDI[_unicodedata.record(_char("bidirectional", chr)) >> 5 & 31]


def combining(chr, /):
    """Returns the canonical combining class assigned to the character chr."""
    return _unicodedata.record(_char("combining", chr)) >> 10 & 255


def east_asian_width(chr, /):
    """Returns the east asian width assigned to the character chr as string."""
    return _WIDTHS[_unicodedata.record(_char("east_asian_width", chr)) >> 18 & 7]


def mirrored(chr, /):
    """Returns the mirrored property assigned to the character chr as integer."""
    return _unicodedata.record(_char("mirrored", chr)) >> 21 & 1


def decomposition(chr, /):
    """Returns the character decomposition mapping assigned to the character chr."""
    return _unicodedata.decomposition(_char("decomposition", chr))


def _number(function, chr, index, default, message):
    values = _unicodedata.numeric(_char(function, chr, "argument 1"))
    if values is None or values[index] == -1:
        if default is _MISSING:
            raise ValueError(message)
        return default
    return values[index]


def decimal(chr, default=_MISSING, /):
    """Converts a Unicode character into its equivalent decimal value."""
    return _number("decimal", chr, 0, default, "not a decimal")


def digit(chr, default=_MISSING, /):
    """Converts a Unicode character into its equivalent digit value."""
    return _number("digit", chr, 1, default, "not a digit")


def numeric(chr, default=_MISSING, /):
    """Converts a Unicode character into its equivalent numeric value."""
    return _number("numeric", chr, 2, default, "not a numeric character")


def name(chr, default=_MISSING, /):
    """Returns the name assigned to the character chr as a string."""
    found = _unicodedata.name(_char("name", chr, "argument 1"))
    if found is None:
        if default is _MISSING:
            raise ValueError("no such name")
        return default
    return found


def lookup(name, /):
    """Look up character by name."""
    if isinstance(name, (bytes, bytearray)):
        name = name.decode("latin-1")
    elif not isinstance(name, str):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(name).__name__)
    cp = _unicodedata.lookup(name) if len(name) <= 256 else -1
    if cp < 0:
        if len(name) > 256:
            raise KeyError("name too long")
        raise KeyError("undefined character name '%s'" % name)
    return chr(cp)


def _form(function, form, unistr):
    if not isinstance(form, str):
        raise TypeError("%s() argument 1 must be str, not %s"
                        % (function, _type_name(form)))
    if not isinstance(unistr, str):
        raise TypeError("%s() argument 2 must be str, not %s"
                        % (function, _type_name(unistr)))
    if form not in _FORMS:
        raise ValueError("invalid normalization form")
    return _FORMS[form]


def normalize(form, unistr, /):
    """Return the normal form 'form' for the Unicode string unistr."""
    return _unicodedata.normalize(_form("normalize", form, unistr), unistr)


def is_normalized(form, unistr, /):
    """Return whether the Unicode string unistr is in the normal form 'form'."""
    number = _form("is_normalized", form, unistr)
    return _unicodedata.normalize(number, unistr) == unistr
