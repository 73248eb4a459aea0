# locale: the C locale's settings and conventions (setlocale to C, POSIX and C.UTF-8, localeconv, getlocale), helpers behaving as under C, locale.Error for other locales
import locale

print(locale.getpreferredencoding(), locale.getpreferredencoding(False))
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.CHAR_MAX)
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL),
      locale.setlocale(locale.LC_NUMERIC))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale())
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.setlocale(locale.LC_ALL, "C.utf8"),
      locale.setlocale(locale.LC_ALL, None))
print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.localeconv())
for bad in ("xx_YY", "klingon.UTF-8"):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(type(e).__name__, e, isinstance(e, Exception))
print(locale.setlocale(locale.LC_ALL))
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError:", e)
print(locale.str(1.5), locale.str(1 / 3),
      locale.format_string("%d|%.2f", (1234567, 2.5), grouping=True),
      locale.atof("1.5"), locale.atoi("42"), locale.strcoll("a", "b"), locale.strcoll("b", "b"),
      locale.strxfrm("abc"))
