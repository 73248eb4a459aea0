# printf-style % formatting of bytes: %s/%b take bytes, %r/%a give ASCII reprs, %c takes a byte, and the bytes-specific errors.
tests = [(b'%s', b'ab'), (b'%s', 'ab'), (b'%b', 5), (b'%r', 'é'), (b'%a', b'x'), (b'%c', 65), (b'%c', b'A'), (b'%c', 256), (b'%c', b'AB'), (b'%c', 'A'), (b'%5s|', b'ab'), (b'%-5b|', b'ab'), (b'%.1s', b'ab'), (b'%d %x %05.1f %e', (1, 255, 2.5, 1e5)),
         (b'%(a)s', {b'a': b'v'}), (b'%(a)s', {'a': b'v'}), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%z', 1), (b'%\xff', 1), (b'%s', 'x'), (b'%%', ()), (b'%s', [1]), (b'%d', 'x'), (b'x', 'y'), (b'x', ()), (b'%(a)s %s', {b'a': 1}),
         (b'%s', b'\xff\x00'), (b'%r', b'\xff'), (b'%a', [1, 'e\xe9']), (b'%3c|', 7), (b'%-3c|', b'z'), (b'%.2r', 'abc'), (b'%+d %#o %#X %5.3i', (5, 8, 255, 7)), (b'%i', 2**70), (b'%c', -1), (b'%s', b''), (b'%*s|', (4, b'x')), (b'abc', {}), (b'%s', {b'k': 1}), (b'%(k)d', {b'k': 1})]
for t, a in tests:
    try:
        print(t, a, repr(t % a))
    except Exception as e:
        print(t, a, type(e).__name__, e)
try:
    print(5 % b'x')
except Exception as e:
    print(type(e).__name__, e)
print('%s' % b'x', '%r' % b'x')
