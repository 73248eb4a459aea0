# printf-style % formatting for str and bytes: every conversion, flags, width/precision with *, mappings, errors
vals = [0, 7, -7, 255, 3.14159, -0.5, 1e20, 'text', 'é']
for conv in 'd i o u x X e E f F g G c r s a %'.split():
    row = []
    for v in vals:
        try:
            row.append(('%' + conv) % v if conv != '%' else '%%' % ())
        except (TypeError, ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(conv, row)
for fmt in ['%5d', '%-5d|', '%05d', '%+d', '% d', '%#o', '%#x', '%#X', '%.3d', '%8.3f', '%-8.2e|', '%+.1f', '%#.0f', '%.0e',
            '%10s|', '%-10s|', '%.2s', '%5.1s|', '%c', '%%', '%5%']:
    try:
        print(repr(fmt), repr(fmt % 42 if 'c' not in fmt and 's' not in fmt else fmt % 'xy' if 's' in fmt else fmt % 65))
    except (TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%(a)s-%(b)05.1f-%(a)r' % {'a': 'x', 'b': 2.25})
print('%s %s' % ('a', 'b'), '%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),), '%r' % 'q')
for fmt, arg in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(a)s', 1), ('%c', 'ab'), ('%c', -1),
                 ('%d', 1.5), ('%x', 1.5), ('%', 1), ('%(a', {'a': 1})]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print(b'%s|%d|%5.2f|%x|%c|%r|%%' % (b'ab', 3, 1.5, 255, 65, b'q'), b'%(k)s' % {b'k': b'v'})
print('%d' % 2**80, '%x' % -2**70, '%.3s' % 'abcdef', '%5.2s|' % 'abc')
