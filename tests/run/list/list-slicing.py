# Checks list slicing with negative bounds and steps, slices past the ends,
# and that a slice is a new list (a shallow copy).
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[-3:], a[:-8], a[::3], a[::-1], a[8:2:-2])
print(a[100:], a[-100:2], a[5:2], a[-1:-4:-1], a[1:-1:4])
copy = a[:]
copy[0] = "changed"
print(a[0], copy[0], copy is a, copy == a)
inner = [[1], [2]]
shallow = inner[:]
shallow[0].append("shared")
print(inner)
print([1, 2, 3][1:][0], "abc"[::-1])
