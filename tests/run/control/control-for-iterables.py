# Checks for loops over range, list, tuple, str and dict (keys, values,
# items), with tuple targets and a loop variable that outlives the loop.
for i in range(3):
    print("range", i)
for item in [10, "twenty", 30.5]:
    print("list", item)
for item in ("a", "b"):
    print("tuple", item)
for ch in "hey":
    print("str", ch)
ages = {"ann": 31, "bob": 25, "cy": 40}
for key in ages:
    print("key", key)
for value in ages.values():
    print("value", value)
for key, value in ages.items():
    print("item", key, value)
for a, b in [(1, 2), (3, 4)]:
    print("pair", a + b)
for i in range(5):
    pass
print("i after loop", i)
for x in []:
    print("never")
total = 0
for row in [[1, 2], [3, 4], [5]]:
    for cell in row:
        total += cell
print("total", total)
