# Splitting, stripping, searching and joining over ASCII and non-ASCII
# text alike (the ASCII fast paths must agree with the general ones):
# every line-break kind, whitespace kinds, maxsplit, empty needles, strip
# sets with non-ASCII characters, join over lists, tuples, generators and a
# list subclass, concatenation of str subclasses.


class Words(list):
    def __iter__(self):
        return iter(["over", "ridden"])


class Tag(str):
    pass


def lines():
    for text in ["a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei", "x\x85y\u2028z\u2029w\nend", "", "\n", "one\n\n", "tail"]:
        print(text.splitlines(), text.splitlines(True))


def splits():
    for text in ["  a b\tc\n d  ", "\x1fa\x1cb", "x\u3000y\xa0z é", "", "   ", "one"]:
        print(text.split(), text.split(None, 1), text.rsplit(None, 1), text.split(maxsplit=0))
    print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
    print("é,ü,,日".split(","), "a::b::c".split("::"), "aaa".split("a"), "ab".split("abc"))
    print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="), "kv".rpartition("="))
    print("日=本".partition("="), "日本語".partition("本"), "x日".rpartition("日"))


def strips():
    for text in ["  hi  ", "\t\n hi \x1c", "\u3000hi\xa0", "xxhixx", "", "   "]:
        print(repr(text.strip()), repr(text.lstrip()), repr(text.rstrip()), repr(text.strip("x")))
    print("¡¡hola!!".strip("¡!"), "éaé".strip("é"), "aéa".strip("a"), "..,word;!".strip(",.;!?"))
    print("été".strip("t"), "ab".strip(""), repr("aaa".strip("a")))


def searches():
    for text in ["hello world", "héllo wörld", chr(0xD800) + " x " + chr(0xD800)]:
        print(text.find("o"), text.rfind("o"), text.find(""), text.rfind(""), text.count("o"), text.count(""))
        print(text.find("l", 3), text.find("zz"), text.count("l", 0, 4), repr(text.replace("o", "0")), repr(text.replace("", "|", 3)))
    print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "abab".rfind("ab"), "abc".index("c"))
    print("a-b-c".replace("-", ""), "a-b-c".replace("-", "+", 1), "日本日本".count("日本"), "日本".find("本"))
    big = "ab" * 1000 + "needle" + "ba" * 1000
    print(big.find("needle"), big.rfind("needle"), big.count("b"), big.count("needle"), "needle" in big)


def joins():
    print("-".join(["a", "b", "c"]), "-".join(("x",)), "".join(c for c in "gen"), ",".join([]))
    print("é".join(["a", "b"]), " ".join(Words(["not", "these"])), "+".join({"k": 1}))
    try:
        ", ".join(["a", 1])
    except TypeError as err:
        print("TypeError:", err)
    t = Tag("t")
    print(repr("".join([t])), type("".join([t])).__name__, type(t + "x").__name__, type("x" + t).__name__)
    s = ""
    for i in range(50):
        s += str(i % 10)
    print(s, len(s), s + "é" * 2, ("é" + s)[:3])


lines()
splits()
strips()
searches()
joins()
