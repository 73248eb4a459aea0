# re: re.error messages and positions for bad patterns and templates, as CPython 3.11 words them.
import re

BAD = [
    '(', 'a)', 'a**', '*', '+a', '?', 'a{2,1}', '[a', '[', '[]', '[b-a]', r'[\d-z]',
    r'\k', '\\', r'\x4', r'\u12', r'\U0011000', '(?P<1>a)', '(?P<a>x)(?P<a>y)',
    '(?P=zz)', '(?P<a', '(?P', '(?Px)', '(?', '(?z)', '(?<x)', '(?#abc', 'a(?i)b',
    '(?i', '(?-i)', '(?i-i:a)', '(?a-:b)', r'(a)\2', r'(a\1)', r'\400', '(?(2)a|b)(x)',
    '(?(a)x)', '(?(0)x)', '(?<=a|bc)d', '(?<!x*)y', '$*', '^*', 'a{1,2}{3}',
    '(?x)a # comment (', '(?L)a', 'a|*', '(?P<a>x)(?(a)b|c|d)', '(a\n*)+\n**', r'[\A]',
    '(?<=(a)\\1)b', '(?P<n-m>x)',
]
for pattern in BAD:
    try:
        re.compile(pattern)
        print(repr(pattern), 'compiled')
    except re.error as exc:
        print(repr(pattern), '->', exc, '|', exc.msg, exc.pos, exc.lineno, exc.colno)
    except (ValueError, OverflowError) as exc:
        print(repr(pattern), '->', type(exc).__name__, exc)

for pattern in [rb'(', rb'\u1234', b'(?u)x']:
    try:
        re.compile(pattern)
    except re.error as exc:
        print(pattern, '->', exc)

try:
    re.compile('a{99999999999}')
except OverflowError as exc:
    print('OverflowError', exc)
try:
    re.compile('a', re.A | re.U)
except ValueError as exc:
    print('ValueError', exc)

for template in [r'\3', r'\g<x', r'\g<>', r'\gx', r'\g<1a>', r'\q', '\\', r'\g<zz>']:
    try:
        print(re.sub(r'(a)(b)', template, 'ab'))
    except re.error as exc:
        print(repr(template), '->', exc)
    except IndexError as exc:
        print(repr(template), '-> IndexError', exc)

try:
    re.match('a', b'a')
except TypeError as exc:
    print('TypeError', exc)
try:
    re.match(b'a', 'a')
except TypeError as exc:
    print('TypeError', exc)
try:
    re.search('a', 3)
except TypeError as exc:
    print('TypeError', exc)
m = re.match('(a)', 'a')
for g in [2, -1, 'x']:
    try:
        m.group(g)
    except IndexError as exc:
        print('IndexError', exc)
re.compile('(')
