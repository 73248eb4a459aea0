# complex numbers in containers and builtins: sorting by key, dict keys, sets, sum/any, str/format of lists of complex, equality with ints
zs = [3 + 4j, 1j, -2, 0.5 - 1j, 2 + 0j, complex(-0.0, 1)]
print(zs, sorted(zs, key=abs), sorted(zs, key=lambda z: (z.real, z.imag)), max(zs, key=abs), sum(zs), any(zs), all(zs))
print({z: abs(z) for z in zs}, set([1 + 0j, 1, 1.0, 2j, 2j]), [z for z in zs if z.imag], [str(z) for z in zs], '{}'.format(zs))
print(zs.index(2), zs.count(1j), 2 in zs, (2 + 0j) in [2], 1j in {1j: 0}, tuple(z * 1j for z in zs[:3]), list(map(complex, [1, 2.5, '3j'])))
try:
    sorted(zs)
except TypeError as e:
    print(e)
try:
    max(1j, 2j)
except TypeError as e:
    print(e)
