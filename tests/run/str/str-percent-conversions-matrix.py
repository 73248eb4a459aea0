# Every printf-style conversion against values of many types, including mapping-like arguments (bytes, lists).
fmts = ["%s", "%r", "%a", "%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%#o", "%o", "%e", "%E", "%f", "%F", "%g", "%G",
        "%.2f", "%10.3f", "%-10.3f|", "%.0f", "%#.0f", "%c", "%%", "%5s", "%-5s|", "%.2s", "%*d", "%.*f", "%(a)s", "%s %s", "%", "%z", "%5%", "%ld", "%#g", "%.3g", "%10.4e"]
values = [0, -7, 42, 3.75, -0.5, 1e20, 2**70, "ab", "é", True, None, [1, 2], (1,), (1, 2), {"a": 5}, 65, 1e-5, float("nan"), b"xy"]
for f in fmts:
    out = []
    for v in values:
        try:
            out.append(f % v)
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(f, "|".join(out))
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%(x)s-%(y)05.1f" % {"x": 1, "y": 2.25}, "%*.*f|" % (8, 2, 3.14159), "%-*s|" % (6, "ab"))
print("%c%c" % ("a", 98), "%s" % ((1, 2),), "%r" % "q'", "%x" % -255, "%o" % -8, "%e" % 0, "%5.1s|" % "abc")
