# Checks the values typed by the result kinds of exact-str methods: split /
# rsplit / splitlines lists (unpacked, sliced, appended to with non-strings),
# partition triples, strip / lower / replace results concatenated and
# compared, startswith / isdigit in conditions, find / count in arithmetic,
# keyword arguments, subclass receivers and the errors wrong arguments raise.


class S(str):
    def upper(self):
        return "overridden " + str.upper(self)

    def split(self, *args):
        return ("tuple", args)


def parse(line):
    date, clock, method, rest = line.split(" ", 3)
    path, sep, query = rest.partition("?")
    return date + "T" + clock[:2], method.lower(), path, sep, query.strip('"')


def main():
    print(parse("2024-01-02 10:11:12 GET /a/b?x=1&y=2"))
    print(parse('2024-01-02 10:11:12 POST /c/"q"'))
    words = "a b  c".split()
    words.append(3)
    words.append(None)
    print(words, "-".join(str(w) for w in words))
    parts = "/x/y/z".split("/")
    print(parts[:3], "/".join(parts[:3]), len(parts))
    print("k=v=w".rsplit("=", 1), "one\ntwo\r\nthree".splitlines(), "x".splitlines(True))
    head, _, tail = "no-separator".partition(":")
    print(repr(head), repr(tail), head + tail)
    a, b, c = "a.b.c".rpartition(".")
    print(a + "|" + b + "|" + c)
    total = 0
    for pair in "p=1&q=22&r=abc&=".split("&"):
        key, _, value = pair.partition("=")
        if value.isdigit():
            total += int(value)
        elif not key.startswith("r"):
            total += 100
        s = key.upper() + value.replace("b", "B")
        s += "!" if s.endswith("B") else "?"
        print(s, s == "RaBc!", len(s))
    print(total)
    text = "abcabcab"
    print(text.find("c") + text.rfind("c") * 10, text.count("ab") - 1, text.index("b") + 1)
    print("a,b".split(sep=","), "a b c".split(maxsplit=1), " x ".strip() + "|")
    sub = S("one two")
    print(sub.upper(), sub.split(" "))
    print(type("x".join(["a"])), type(S("a").strip()), type("".join([S("q")])))
    for bad in [lambda: "a".split(1), lambda: "a".split(""), lambda: "a".partition(""),
                lambda: "a".startswith(1), lambda: "abc".index("z"), lambda: "a".strip(2)]:
        try:
            print(bad())
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print("x".startswith(("a", "x")), "é-ü".split("-"), "ÄÖ".lower() + "z")


main()
