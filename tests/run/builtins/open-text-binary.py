# open(): writing and reading text and binary files, read/readline/readlines/iteration/with, newline translation, errors
with open('open-text-binary.tmp', 'w') as f:
    print(f.write('first line\n'), f.write('héllo wörld\n'), f.closed, f.name, f.mode, f.encoding)
    f.writelines(['a\n', 'b\r\n', 'c\rd\n', 'no newline'])
    print('x', 'y', sep='-', file=f)
print(f.closed)
f = open('open-text-binary.tmp')
print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), repr(f.read(4)), f.readable(), f.writable())
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
f.close()
f.close()
for line in open('open-text-binary.tmp', encoding='utf-8'):
    print(repr(line))
with open('open-text-binary.tmp', 'r') as f:
    print(list(f)[:2], repr(f.read()))
with open('open-text-binary.tmp', 'rb') as f:
    data = f.read()
    print(type(f).__name__, len(data), data[:12], data.count(b'\r'))
with open('open-text-binary.tmp', 'rb') as f:
    print(f.read(5), f.readline(), f.readlines()[-1])
with open('open-text-binary.tmp', 'wb') as f:
    print(type(f).__name__, f.write(b'\x00\x01bin\n'), f.write(bytes(range(250, 256))))
with open('open-text-binary.tmp', 'ab') as f:
    f.write(b'tail')
with open('open-text-binary.tmp', 'rb') as f:
    print(f.read())
with open('open-text-binary.tmp', 'a') as f:
    f.write('\nappended')
print(open('open-text-binary.tmp', 'rb').read()[-9:])
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
for name, mode in [('missing-file.txt', 'r'), ('.', 'r'), ('open-text-binary.tmp', 'x'), ('open-text-binary.tmp', 'rw'),
                   ('open-text-binary.tmp', 'q'), ('open-text-binary.tmp', 'rbt'), ('open-text-binary.tmp', 'rr')]:
    try:
        open(name, mode)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
    except ValueError as e:
        print('ValueError', e)
try:
    open('open-text-binary.tmp', 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
with open('open-text-binary.tmp', 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError as e:
        print(e)
with open('open-text-binary.tmp', 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print(e)
with open('open-text-binary.tmp', 'w') as f:
    f.write('')
print(repr(open('open-text-binary.tmp').read()), open('open-text-binary.tmp').readlines())
with open('open-text-binary.tmp', 'w', encoding='UTF8') as f:
    print(f.encoding, repr(f))
with open('open-text-binary.tmp', 'rb') as f:
    print(repr(f))
