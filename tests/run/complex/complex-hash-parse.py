# complex hashes (equal numbers hash alike), as dict keys and in sets; complex() from strings and mixed arguments
zs = [0j, 1j, -1j, 1 + 0j, 2.5 + 0j, 1 + 2j, -3 - 4j, complex(1e300, 1e300), complex(float('inf'), 0), complex(2**53, 1)]
print([hash(z) for z in zs])
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0), hash(complex(0, 1)) == hash(1j))
d = {1: 'int', 1j: 'imag', 2 + 0j: 'two'}
print(d[1 + 0j], d[1.0], d[complex(0, 1)], d[2], len({1, 1.0, 1 + 0j, True}), {0j, 0, 0.0, False, -0.0})
texts = ['1', '1j', '-1j', '+1j', 'j', 'J', '-j', '1+j', '1-J', '1+2j', '1.5-2.5e3j', '-.5+.5j', '(1+2j)', ' ( 3 ) ', '\t4j\n',
         'inf', '-infj', 'nanj', 'infinity+nanj', '1e500j', '1_000+2_0j', '0x1', '1+2', 'j1', '1 + 2j', '()', '(j', '1j)', '',
         '1e', '1.j', '.j', '1__0', '_1', '1_', '1e1_0j', '١+٢j', '++1j', '1+-2j', '1jj', ' ']
for t in texts:
    try:
        print(repr(t), repr(complex(t)))
    except ValueError as e:
        print(repr(t), 'ValueError', e)
print(complex(), complex(2), complex(2.5, -1), complex(1, 2j), complex(1j, 2), complex(1 + 1j, 1 + 1j), complex(True, False))
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(-0.0, 0.0), complex(0, -0.0))
for args in [(1, 2, 3), (None,), ('1', 2), (1, 'x'), ([],), (1, {})]:
    try:
        print(complex(*args))
    except TypeError as e:
        print('TypeError', e)
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), type(z.real).__name__, isinstance(z, complex), type(z).__name__, -z, +z, z == 3 + 4j)
acc = 0j
for k in range(1, 6):
    acc += k * 1j ** k
    acc *= 1 - 0.5j
print(acc, sum([1j, 2, 3.5]), [x * 1j for x in range(3)], sorted([3, 1, 2], key=lambda v: abs(v * 1j)))
