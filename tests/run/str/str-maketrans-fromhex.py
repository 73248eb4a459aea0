# str.maketrans, bytes.fromhex and dict.fromkeys called on the type (class/static methods), with their errors.
print(str.maketrans('ab', 'cd'), 'abc'.translate(str.maketrans('ab', 'xy', 'c')))
print(str.maketrans({'a': 'xyz', 98: None, 'c': 5}), 'q'.maketrans('q', 'r'))
print(bytes.fromhex('41 42'), b''.fromhex(' 4a4B\n'), bytes.fromhex(''))
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), {}.fromkeys("x"))


def attempt(n):
    try:
        if n == 0:
            str.maketrans()
        elif n == 1:
            str.maketrans(1)
        elif n == 2:
            str.maketrans({1.5: 2})
        elif n == 3:
            str.maketrans({'ab': 1})
        elif n == 4:
            str.maketrans('ab', 'c')
        elif n == 5:
            str.maketrans(1, 'a')
        elif n == 6:
            str.maketrans('a', 1)
        elif n == 7:
            str.maketrans('a', 'b', 1)
        elif n == 8:
            str.maketrans('a', 'b', 'c', 'd')
        elif n == 9:
            bytes.fromhex('4 1')
        elif n == 10:
            bytes.fromhex('41 4')
        elif n == 11:
            bytes.fromhex('41é')
        elif n == 12:
            bytes.fromhex(b'41')
        elif n == 13:
            str(1, 2)
        elif n == 14:
            str(1, errors=2)
    except Exception as e:
        print(type(e).__name__, e)


for i in range(15):
    attempt(i)
