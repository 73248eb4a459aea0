"""Locale settings, as far as typhon has them: the C locale (and its
UTF-8 variant) only. `setlocale` records and reports the setting of each
category, `localeconv` gives the C locale's conventions, and the
formatting and comparison helpers behave as under the C locale, which is
what CPython 3.11 does there. Setting any other locale raises
`locale.Error`, as CPython does for a locale that is not installed (see
docs/unsupported.md).
"""

import os as _os

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string",
           "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


# glibc's categories in the order of its composite LC_ALL name; the ones
# Python has no constant for stay "C".
_GLIBC_ORDER = ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
                "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
                "LC_MEASUREMENT", "LC_IDENTIFICATION")
_CATEGORY_NAMES = {LC_CTYPE: "LC_CTYPE", LC_NUMERIC: "LC_NUMERIC", LC_TIME: "LC_TIME",
                   LC_COLLATE: "LC_COLLATE", LC_MONETARY: "LC_MONETARY",
                   LC_MESSAGES: "LC_MESSAGES"}
_C_NAMES = ("C", "POSIX", "C.UTF-8", "C.utf8")


def _from_environment(category_name):
    # What setlocale(category, "") picks, as the C library does.
    for var in ("LC_ALL", category_name, "LANG"):
        value = _os.environ.get(var)
        if value:
            return value
    return "C"


def _initial_ctype():
    # CPython sets LC_CTYPE from the environment at start-up and turns the
    # C locale into C.UTF-8 (PEP 538).
    name = _from_environment("LC_CTYPE")
    return "C.UTF-8" if name in ("C", "POSIX") else name


_current = {name: "C" for name in _GLIBC_ORDER}
_current["LC_CTYPE"] = _initial_ctype()


def setlocale(category, locale=None):
    """Sets the locale of `category` (one `LC_*` constant) and returns its
    name; with `locale` None, only returns the name."""
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        if len(locale) != 2:
            raise TypeError("Locale must be None, a string, or an iterable of two strings "
                            "-- language code, encoding.")
        locale = ".".join(part for part in locale if part)
    if locale is None:
        if category == LC_ALL:
            names = [_current[name] for name in _GLIBC_ORDER]
            if all(name == names[0] for name in names):
                return names[0]
            return ";".join("%s=%s" % (key, _current[key]) for key in _GLIBC_ORDER)
        return _current[_CATEGORY_NAMES[category]]
    targets = _GLIBC_ORDER if category == LC_ALL else (_CATEGORY_NAMES[category],)
    chosen = {}
    for key in targets:
        name = locale if locale else _from_environment(key)
        if name not in _C_NAMES:
            raise Error("unsupported locale setting")
        chosen[key] = "C" if name == "POSIX" else name  # the C library's name for it
    _current.update(chosen)
    return setlocale(category)


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) of `category`'s locale."""
    if category == LC_ALL:
        raise TypeError("category LC_ALL is not supported")
    name = setlocale(category)
    if name in ("C", "POSIX"):
        return None, None
    return "en_US", "UTF-8"  # CPython's alias table maps C.UTF-8 there


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    for var in envvars:
        value = _os.environ.get(var)
        if value:
            if var == "LANGUAGE":
                value = value.split(":")[0]
            break
    else:
        value = "C"
    if value in ("C", "POSIX"):
        return None, None
    if value in ("C.UTF-8", "C.utf8"):
        return "en_US", "UTF-8"
    code, _, encoding = value.partition(".")
    encoding = encoding.partition("@")[0]
    if encoding.lower().replace("-", "") == "utf8":
        encoding = "UTF-8"
    return code, encoding or None


def getpreferredencoding(do_setlocale=True):
    """The text encoding of files and pipes: typhon programs run as
    CPython does in UTF-8 mode."""
    return "utf-8"


def getencoding():
    return "UTF-8"


def normalize(localename):
    return localename


def localeconv():
    """The numeric and monetary conventions of the C locale."""
    return {"int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
            "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "",
            "negative_sign": "", "int_frac_digits": CHAR_MAX, "frac_digits": CHAR_MAX,
            "p_cs_precedes": CHAR_MAX, "p_sep_by_space": CHAR_MAX,
            "n_cs_precedes": CHAR_MAX, "n_sep_by_space": CHAR_MAX,
            "p_sign_posn": CHAR_MAX, "n_sign_posn": CHAR_MAX, "decimal_point": ".",
            "thousands_sep": "", "grouping": []}


def strcoll(a, b):
    """Compares two strings as the C locale does: by code point."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(string):
    return string


def format_string(f, val, grouping=False, monetary=False):
    """`f % val`: the C locale has no grouping and '.' as decimal point."""
    return f % val


def str(val):
    return format_string("%.12g", val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")
