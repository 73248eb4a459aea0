# str.split / rsplit / splitlines over many inputs: separators, maxsplit, whitespace, non-ASCII
inputs = ['', ' ', 'a', 'a b  c', '  lead and trail  ', 'a,b,,c,', ',', ',,', 'one\ttwo\nthree\x0bfour\x0cfive\rsix',
          'x\u3000y\u2003z', 'é,ü,ß', 'aaa', 'abcabc']
for s in inputs:
    print(repr(s), s.split(), s.rsplit())
    for sep in [',', 'a', 'bc', ' ']:
        for maxsplit in [-1, 0, 1, 2]:
            print(' ', repr(sep), maxsplit, s.split(sep, maxsplit), s.rsplit(sep, maxsplit))
    print(' ', s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(sep=None, maxsplit=1))
for s in ['', 'a\nb', 'a\nb\n', 'a\r\nb\rc\n\nd', '\n', 'x\x1cy\x1dz\x1ew\x85v\u2028u\u2029t', 'no newline']:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
for bad in ['', 1]:
    try:
        'abc'.split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
