# bytes methods over many inputs: split/strip/find/count/replace/startswith/join/partition, case and is* predicates, hex/fromhex, decode
inputs = [b'', b' ', b'abc', b'  a b  c ', b'a,b,,c', b'Hello World', b'\x00\xff\x80', b'aaa', b'MiXeD 123', b'\t\n']
for b in inputs:
    print(b, b.split(), b.split(b','), b.rsplit(b' ', 1), b.strip(), b.lstrip(b' a'), b.rstrip(b'c '), b.upper(), b.lower(),
          b.swapcase(), b.title(), b.capitalize())
    print('  ', b.find(b'a'), b.rfind(b'a'), b.count(b'a'), b.count(b''), b.startswith(b'a'), b.endswith((b'c', b' ')), b.replace(b'a', b'X'),
          b.replace(b'', b'-', 2), b.partition(b' '), b.rpartition(b' '), b.center(12, b'*'), b.ljust(5), b.rjust(5, b'0'), b.zfill(6))
    print('  ', [b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii()],
          b.hex(), b.hex(':'), b.splitlines(), b.expandtabs(4), len(b), list(b[:3]), b[::-1], b[-1:] if b else None)
print(b'-'.join([b'a', b'b']), b''.join([]), bytes.fromhex('de ad BE EF'), bytes.fromhex(''), b'abc'.index(b'c'), b'abc'.rindex(b'a'))
print(b'a' * 3, b'ab' + b'cd', b'b' in b'abc', 98 in b'abc', b'abc' < b'abd', b'abc'[1], b'%s=%d' % (b'k', 5), bytes(3), bytes([65, 66]))
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'\xff'.decode('ascii', 'ignore'))
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'), b'a\tb'.expandtabs(), b'x'.translate(bytes.maketrans(b'x', b'y')), b'abc'.translate(None, b'b'))
for call in [lambda: b'abc'.index(b'z'), lambda: bytes.fromhex('zz'), lambda: b'\xff'.decode(), lambda: b'a' + 'b', lambda: bytes([256]),
             lambda: b'abc'[5], lambda: b'x'.join(['a']), lambda: bytes('abc'), lambda: b'a'.split(b'')]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
