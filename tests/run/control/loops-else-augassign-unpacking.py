# Checks for/while else clauses with try/finally and break, augmented item
# assignment evaluation order, chained and nested unpacking with its errors.
calls = []
def key(k):
    calls.append(("key", k))
    return k
def obj(o):
    calls.append("obj")
    return o
d = {"a": 1}
obj(d)[key("a")] += 5
print(d, calls)
lst = [1, 2, 3]
lst[key(0)] *= 10
print(lst)
def search(items, target):
    for i, item in enumerate(items):
        try:
            if item == target:
                break
        finally:
            calls.append(("fin", i))
    else:
        return "not found"
    return f"found at {i}"
calls.clear()
print(search([1, 2, 3], 2), search([1], 5), calls)
n = 0
while n < 5:
    n += 1
    try:
        if n == 3:
            raise ValueError(n)
    except ValueError:
        break
else:
    print("while finished")
print("n", n)
x = 10
def shadow():
    x = 1
    def inner():
        return 5
    return x + inner()
print(shadow(), x)
for i in range(3):
    pass
else:
    print("else ran", i)
for i in []:
    pass
else:
    print("empty else", i)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "xy"
print(s, t)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(e)
try:
    u, v = 5
except TypeError as e:
    print(e)
i = 0
lst = [0, 0]
i, lst[i] = 1, 9
print(i, lst)
if not None:
    pass
elif 1:
    print("no")
print(1 if [] else 2 if {} else 3)
