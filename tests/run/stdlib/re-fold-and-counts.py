# re: cases found by differential testing against CPython: empty iterations of counted repeats (only optional iterations stop a loop), lookbehind over a back-reference, IGNORECASE of non-ASCII letters whose case partners their own mappings do not name.
import re

print(re.findall(r'(c*+\d??){1,2}', 'ab 12 c'))
print(re.findall(r'b*?c{,2}([^\d]*?){1,2}', 'ab\ncd'))
print(re.split(r'x*a?(\B|[a-c]*?[ab]?+.?+){1,2}', 'ab ba aab'))
print(re.search(r'((?:ab))(?<=\1)+', 'xxabab'), re.search(r'(a)(?<!\1)b', 'ab cb'))
print(re.search(r'(?i)ß', 'xẞ'), re.search(r'(?i)ẞ', 'xß'), re.search(r'(?i)é+', 'ÉéE'))
print(re.findall(r'(?i)k', 'kK\u212a'), re.findall(r'(?i)\u212a', 'kK'), re.findall(r'(?i)σ', 'Σσς'))
print(re.search(r'(?>(?i:ß??(\Z)+))+', 'ßSS ẞ'))
print(re.match(r'(a?){3}b', 'aab').groups(), re.match(r'(a?){2,}b', 'ab').groups(), re.match(r'(a|){2,3}?b', 'ab').groups())
