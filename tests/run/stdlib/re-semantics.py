# re: CPython's sre matching semantics: backtracking order, lazy and possessive repeats, empty loops, lookaround, backreferences, conditionals, anchors and classes.
import re

CASES = [
    (r'a*?b', 'aaab'), (r'(a+?)(a*)', 'aaa'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|b)*', 'abba'), (r'(?:(a)|b)*', 'ab'),
    (r'(a*)*b', 'aab'), (r'(?:a|())*?b', 'aab'), (r'((a)|b)+', 'ab'),
    (r'x(?=y)', 'xy'), (r'x(?!y)', 'xz'), (r'(?<=ab)c', 'abc'), (r'(?<!a)c', 'bc'),
    (r'(?=(a+))a*b\1', 'baaabac'), (r'(?!(a))b', 'b'), (r'(?<=(a))b', 'ab'),
    (r'(\w+)\s\1', 'hello hello'), (r'(?i)(a)\1', 'aA'), (r'(a)?(?(1)b|c)', 'ab'),
    (r'(a)?(?(1)b|c)', 'c'), (r'(?P<q>x)?y(?(q)z)', 'yz'),
    (r'a{3}', 'aaaa'), (r'a{2,}', 'aaaaa'), (r'a{0}', 'aaa'), (r'(ab){1,2}?c', 'ababc'),
    (r'(a{2})*', 'aaaaa'), (r'(?:a{0,2}){2,3}x', 'aaaaax'), (r'x{', 'x{'), (r'x{a}', 'x{a}'),
    (r'x{2,a}', 'x{2,a}'), (r'a*+b', 'aab'), (r'(?:ab)?+a', 'aba'), (r'a{1,3}+a', 'aaaa'),
    (r'(?>(a+))b', 'aab'), (r'\d+', 'x٣٤5'), (r'(?a)\d+', '٣4'), (r'\w+', 'héllo wörld'),
    (r'(?a)\w+', 'héllo'), (r'\s+', 'a \t\x1c\u2003b'), (r'[^\W\d]+', 'ab12cd'),
    (r'[a-c\d]+', 'xab3cz'), (r'[]a]+', 'a]]b'), (r'[^]a]+', 'bcd]'), (r'[a-]+', '-a-'),
    (r'[\w-]+', 'a-b c'), (r'(?i)[a-c]+', 'xAbC'), (r'(?i)straße', 'STRASSE'),
    (r'(?i)ΣΑΣ', 'σας'), (r'(?i)k', '\u212a'), (r'[\x41-\x43]+', 'ABCD'),
    (r'\0101', 'A1'), (r'\101', 'A'), (r'\x41\u0042\U00000043', 'ABC'), (r'\n\t\\', '\n\t\\'),
    (r'.+', 'ab\ncd'), (r'(?s).+', 'ab\ncd'), (r'a$', 'a\n'), (r'a$', 'a\n\n'), (r'a\Z', 'a\n'),
    (r'(?m)a$', 'a\nb'), (r'^b', 'a\nb'), (r'(?m)^b', 'a\nb'), (r'\Ab', 'ab'),
    (r'\b', ''), (r'\B', ''), (r'\B', 'ab'), (r'\bx\b', 'a x b'), (r'(?x) a b  # c\n c', 'abc'),
    (r'(?x)[ ]a', ' a'), (r'(?x)a\ b', 'a b'), (r'(?i:a)b', 'Ab'), (r'(?i:a)b', 'AB'),
    (r'(?-i:a)b', 'aB'), (r'a|b|c', 'xc'), (r'', 'abc'), (r'()', 'x'), (r'(a)|(b)', 'b'),
    (r'((a)|(b))+', 'ab'), (r'(a)(b)?', 'a'), (r'((a)b)', 'ab'), (r'(?:(a)|(b))+', 'ab'),
]
for pattern, text in CASES:
    m = re.search(pattern, text)
    if m is None:
        print(repr(pattern), None)
    else:
        print(repr(pattern), m.span(), m.groups(), m.lastindex)

print(re.match(r'(?i)[^a]', 'A'), re.match(r'(?i)[^k]', '\u212a'))
print(re.findall(r'\b\w', 'the quick  brown'))
print(re.findall(r'a|', 'baac'), re.findall(r'|a', 'baac'))
print(re.sub(r'a|', '-', 'baac'), re.sub(r'\b', '|', 'ab cd'))
print(re.split(r'\b', 'ab cd'), re.split(r'x*', 'axbc'), re.split(r'(a)|b', 'xaybz'))
print(re.findall(r'(a)|b', 'ab'), re.findall(r'(a)(x)?', 'aa'))
print(re.match(r'(a+)+$', 'a' * 20 + 'b'))
print(re.fullmatch(r'(\d+)(\d*)', '12345').groups())
print(re.search(r'(?<=\d{3})x', '12x123x').span())
print(re.match(r'((a)|b)*?c', 'abac'))
print(len(re.findall(r'a', 'a' * 2000)), re.match(r'.*b', 'a' * 100000 + 'b').end())
print(re.match(r'(a|b)*c', 'ab' * 20000 + 'c').end(), re.match(r'(?:a|b)*?c', 'ab' * 20000 + 'c').end())
