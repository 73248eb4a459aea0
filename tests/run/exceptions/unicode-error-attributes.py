# UnicodeDecodeError/UnicodeEncodeError: the five attributes, str() built from them (also after they are set), construction with 5 arguments and its TypeErrors
try:
    b'ab\xffc'.decode()
except UnicodeDecodeError as e:
    print(repr(e), e.args, e.encoding, e.object, e.start, e.end, e.reason, str(e))
    e.reason = 'changed'; e.start = 1; e.end = 3
    print(str(e), e.args)
try:
    'aé€\U0001f600'.encode('ascii')
except UnicodeEncodeError as e:
    print(repr(e), e.args, e.encoding, e.object, e.start, e.end, e.reason, str(e))
    for s, en in ((2, 3), (3, 4), (0, 1)):
        e.start = s; e.end = en
        print(str(e))
e = UnicodeDecodeError('utf-8', b'\x80', 0, 1, 'invalid start byte')
print(repr(e), str(e), e.object, isinstance(e, ValueError))
e = UnicodeDecodeError('utf-8', bytearray(b'\x80'), 0, 1, 'x')
print(repr(e), e.object)
e = UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')
print(repr(e), str(e))
for args in [('x',), ('a', 'b', 0, 1, 'r'), ('a', b'b', 'x', 1, 'r'), (1, b'b', 0, 1, 'r'), ('a', b'b', 0, 1, 2)]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print('TypeError', e)
for args in [('x',), ('a', b'b', 0, 1, 'r')]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as e:
        print('TypeError', e)
print(str(UnicodeDecodeError('utf-8', b'abc', 0, 3, 'boom')), str(UnicodeDecodeError('utf-8', b'abc', 5, 9, 'boom')))
try:
    raise UnicodeDecodeError('utf-8', b'\xfe', 0, 1, 'custom')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'\xe9'.decode('ascii')
except UnicodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
print(str(UnicodeError('plain')))
try:
    ('a' + chr(0xdc80) + 'b').encode()
except UnicodeEncodeError as e:
    print(e.args, str(e))
try:
    'x\u20acy'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e.object[e.start:e.end], e.reason, e)
class MyDecodeError(UnicodeDecodeError):
    pass
e = MyDecodeError('latin-1', b'ab', 0, 2, 'mine')
print(repr(e), e, e.end)
