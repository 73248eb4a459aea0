# Checks upper/lower, replace (with a count), find (with start), startswith
# and endswith, on ASCII and non-ASCII text.
s = "Hello World"
print(s.upper(), s.lower(), "ÉCOLE straße".lower(), "straße".upper())
print(s.replace("o", "0"), s.replace("l", "L", 2), s.replace("xyz", "!"), "aaa".replace("a", "aa"))
print("abc".replace("", "-"), s.replace(" ", ""))
print(s.find("o"), s.find("o", 5), s.find("World"), s.find("world"), s.find(""), s.find("o", 8))
print(s.startswith("Hell"), s.startswith("hell"), s.endswith("ld"), s.startswith(("x", "H")), s.startswith("World", 6))
print("MiXeD 123".lower(), "MiXeD 123".upper(), "".upper())
url = "https://example.com/path"
if url.startswith("https://"):
    print("secure", url[len("https://"):])
idx = url.find("/", 8)
print(url[:idx], url[idx:])
