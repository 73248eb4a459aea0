# bytes methods called on a bytearray name `bytearray` in their errors;
# sys.stdout.buffer.write accepts a bytearray.
import sys
b = bytearray(b'hello world')
for f in [lambda: b.decode(5), lambda: b.split(5), lambda: b.find('x'), lambda: b.join([1]), lambda: b.replace('a', 'b'),
          lambda: b.startswith(5), lambda: b.center('x'), lambda: b.count('a'), lambda: b.index(b'z'), lambda: b.strip(5),
          lambda: b.partition(5), lambda: b.ljust(3, 'x'), lambda: b.zfill('a'), lambda: b.hex(5), lambda: b + 'a',
          lambda: b.endswith(['a']), lambda: b.rindex(b'q'), lambda: b.expandtabs('x'), lambda: b.translate(5),
          lambda: b.removeprefix(5), lambda: b.rsplit(1), lambda: b.splitlines('x'), lambda: b.isalpha(1),
          lambda: b.upper(1), lambda: b.rfind(), lambda: bytearray.fromhex('zz'), lambda: b.decode('ascii', 5),
          lambda: b.count(), lambda: b[100], lambda: b.pop(100), lambda: b.remove(300), lambda: b.insert('a', 1),
          lambda: b.append('a'), lambda: b.extend(5), lambda: b'x'.find('x'), lambda: b'x'.startswith(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
sys.stdout.flush()
sys.stdout.buffer.write(bytearray(b'raw\n'))
sys.stdout.buffer.write(b'bytes\n')
