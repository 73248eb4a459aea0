# Checks printf-style formatting reached without a `%` operator anywhere in
# the program (the link step keeps it only for programs that can reach
# it): through `str.__mod__` / `__rmod__`, `bytes.__mod__`,
# `bytearray.__mod__`, and a method looked up by a computed name.
print(str.__mod__("%05.1f|%-4s|%x", (2.25, "ab", 255)))
print("%s and %r".__mod__(("x", "y")))
print(bytes.__mod__(b"%d:%s", (7, b"z")))
print(bytearray(b"[%b]").__mod__(b"q"))
print(str.__rmod__("x", "<%s>"))
name = "".join(["__", "m", "od", "__"])
print(getattr("<%s>", name)("dyn"))
print(b"%c".__mod__(65), "%(a)s-%(b)03d".__mod__({"a": 1, "b": 2}))
print(str.__mod__("plain", ()))
