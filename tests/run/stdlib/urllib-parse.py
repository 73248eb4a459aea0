# urllib.parse: urlparse/urlsplit (parts, netloc attributes, params, fragments,
# odd inputs, errors), urlunparse/urlunsplit/geturl round trips, urljoin
# (RFC 3986 examples), urldefrag, quote/unquote (+ variants, bytes, encodings),
# urlencode (doseq, bytes, quote_via) and parse_qs/parse_qsl options.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote,
                          quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes,
                          urlencode, parse_qs, parse_qsl, ParseResult, SplitResult)
import urllib.parse

urls = ["http://user:pw@Example.COM:8080/a/b;p=1?q=1&r=2#frag", "https://example.com", "HTTPS://x.org/",
        "ftp://ftp.host/pub/file.txt", "mailto:someone@example.com", "file:///etc/passwd",
        "//netloc/only/path", "/just/a/path?x=1", "relative/path#top", "", "?q", "#f",
        "http://[::1]:80/ipv6", "http://[fe80::1%25en0]/", "  http://strip.me/  ", "http://a/b\n/c\t",
        "data:text/plain;base64,SGVsbG8=", "svn+ssh://svn.host/repo", "path:with:colons",
        "1http://x", "http://host/p;a;b?x#y#z", "http://u@h", "http://:pw@h:/", "HTTP://H.com:0443"]
for url in urls:
    p = urlparse(url)
    s = urlsplit(url)
    print(repr(url))
    print("  ", p)
    print("  ", tuple(s), p.username, p.password, p.hostname, p.port)
    print("  ", p.geturl(), s.geturl(), urlunparse(p) == p.geturl(), urlunsplit(s))
print(urlparse("a/b#c", allow_fragments=False), urlparse("//h/p", scheme="https"))
print(urlparse("x", "ftp").scheme, urlsplit("HTTP://x").scheme, p._replace(path="/new").geturl())
for bad in ["http://[::1/", "http://::1]/", "http://h:port/", "http://h:99999/", "http://x[::1]/"]:
    try:
        print(urlparse(bad).port)
    except ValueError as e:
        print("ValueError", e)
print(isinstance(urlparse("x"), tuple), ParseResult._fields, SplitResult._fields)
print(urlunparse(("http", "h", "p", "", "", "")), urlunsplit(("https", "", "/x", "a=1", "")),
      urlunsplit(("file", "", "tmp/x", "", "")), urlunsplit(("", "", "", "", "")))

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g",
            "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h",
            "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g#s/../x", "http:g", "https:g"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://a/b", ""), urljoin("http://a/b/", "c/../../d"),
      urljoin("mailto:x@y", "z"), urljoin("http://a/b/c", "//other/x"), urljoin("https://h/dir/", "sub/file.html"))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b"), urldefrag("x#").geturl())

for s in ["", "abc", "a b&c=d/e?f", "é ü €", "~user/file_name-1.txt", "100%", "a+b", "\x00\x7f"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"),
          unquote(quote(s)) == s, unquote_plus(quote_plus(s)) == s)
print(quote("é", encoding="latin-1"), quote(b"a b\xff"), quote_from_bytes(b"\x00/x", safe=""), quote("a/b", safe=b"/"))
for s in ["%41%42%43", "%e9", "%C3%A9t%C3%A9", "%", "%4", "%zz%41", "a%2Fb", "x+y%20z", "%E2%82", "%E2%82a",
          "é%C3%A9", "100%25"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote("%e9", encoding="latin-1"), unquote(b"%41b"), repr(unquote("%ff", errors="strict") if False else unquote("%ff")))
try:
    unquote("%ff", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
try:
    quote_from_bytes("str")
except TypeError as e:
    print("TypeError", e)

print(urlencode({"a": 1, "b": "x y", "c": "é&=", "d": None, "e": b"\xffz"}))
print(urlencode([("k", "v1"), ("k", "v2"), ("sp ace", "")]))
print(urlencode({"lst": [1, "two", b"3"], "s": "str", "n": 5}, doseq=True))
print(urlencode({"lst": [1, 2]}), urlencode({"p": "a/b c"}, safe="/", quote_via=quote))
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError", e)
print(urlencode([]), urlencode({}))

qs = "a=1&b=2&a=3&empty=&novalue&sp=x+y&enc=%C3%A9&&semi=1;2"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(""), parse_qs("x=%zz"))
for kwargs in [{"strict_parsing": True}, {"max_num_fields": 2}]:
    try:
        parse_qsl("a=1&b&c=3", **kwargs)
    except ValueError as e:
        print("ValueError", e)
try:
    parse_qsl("a=1", separator="")
except ValueError as e:
    print("ValueError", e)
print(urllib.parse.uses_netloc[:3], "urljoin" in urllib.parse.__all__)
