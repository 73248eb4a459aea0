# Methods of list, dict, set, tuple and bytes called unbound through their
# type, and the TypeError for a receiver of the wrong type.
l = [3, 1, 2]
list.append(l, 4)
list.extend(l, (5, 6))
list.insert(l, 0, 0)
print(l, list.index(l, 2), list.count(l, 1), list.pop(l), list.copy(l), list.__len__(l))
list.sort(l, reverse=True)
print(l)
list.reverse(l)
print(l, list.__contains__(l, 5), list.__getitem__(l, slice(1, 3)))
d = {'a': 1}
dict.update(d, b=2)
print(dict.get(d, 'a'), dict.get(d, 'z', 0), sorted(dict.keys(d)), dict.setdefault(d, 'c', 3), dict.pop(d, 'a'), d)
print(dict.fromkeys('ab', 0), dict.copy(d), dict.items(d), dict.__len__(d))
s = {1, 2}
set.add(s, 3)
set.discard(s, 1)
print(sorted(set.union(s, {9})), sorted(set.intersection(s, {2, 3, 4})), set.issubset(s, {2, 3, 5}), sorted(s))
print(frozenset.union(frozenset({1}), [2]) == {1, 2}, tuple.index((1, 2, 3), 3), tuple.count((1, 1), 1))
print(bytes.upper(b'ab'), bytes.split(b'a b'), bytearray.upper(bytearray(b'x')), bytes.hex(b'\x01\x02'))
print(int.bit_length(255), int.to_bytes(258, 2, 'big'), float.is_integer(2.0), float.hex(1.5), int.conjugate(3))
for call in (lambda: list.append((1,), 2), lambda: dict.get([], 1), lambda: set.add(frozenset(), 1),
             lambda: str.split(b'a b'), lambda: bytes.decode('x'), lambda: int.bit_length(1.5),
             lambda: list.sort(), lambda: tuple.index([1], 1), lambda: dict.keys(None)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
