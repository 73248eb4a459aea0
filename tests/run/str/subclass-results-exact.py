# str methods called on a str subclass instance return plain strs even
# when they change nothing (strip, replace, padding, affixes, split pieces
# that are the whole text), and exact strs come back as themselves.
class T(str):
    pass
t = T("ab")
for name, r in [("partition", t.partition("x")), ("rpartition", t.rpartition("x")), ("strip", t.strip()), ("lstrip", t.lstrip("x")),
                ("rstrip", t.rstrip()), ("split", t.split()), ("splitx", t.split("x")), ("rsplit", t.rsplit()), ("splitlines", t.splitlines()),
                ("replace", t.replace("x", "y")), ("lower", t.lower()), ("upper", T("AB").upper()), ("ljust", t.ljust(1)), ("center", t.center(2)),
                ("zfill", t.zfill(1)), ("removeprefix", t.removeprefix("x")), ("removesuffix", t.removesuffix("x")), ("format", T("{}").format(1)),
                ("expandtabs", t.expandtabs()), ("join", "".join([t])), ("str", str(t)), ("mul", t * 1), ("add", t + ""), ("slice", t[:]), ("casefold", t.casefold()),
                ("title", T("Ab").title()), ("capitalize", T("Ab").capitalize()), ("swapcase", t.swapcase()), ("translate", t.translate({})), ("format_spec", format(t, "")), ("fstr", f"{t}")]:
    if isinstance(r, (tuple, list)):
        print(name, [type(x).__name__ for x in r])
    else:
        print(name, type(r).__name__)

s = "plain"
print(s.strip() is s, s.replace("x", "y") is s, s.ljust(2) is s, s.split()[0] is s, s.partition("x")[0] is s)
print(s.removeprefix("q") is s, s.zfill(3) is s, s.split("x")[0] is s, s.rsplit(None, 1)[0] is s)
