# Checks every augmented assignment operator on ints, floats and strings,
# and that list += extends in place (an alias sees it) while + rebinds.
n = 10
n += 5
n -= 3
n *= 4
n //= 5
n %= 7
n **= 3
print(n)
n <<= 2
n >>= 1
n |= 1
n &= 0xFF
n ^= 0b1010
print(n)
f = 7
f /= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
b = [1, 2]
other = b
b = b + [3]
print(b, other, b is other)
counts = {"x": 1}
counts["x"] += 10
items = [1, 2, 3]
items[1] *= 100
print(counts, items)
t = (1,)
t += (2,)
print(t)
