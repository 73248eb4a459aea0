# Checks assignment expressions: global targets, local scope (UnboundLocalError
# before the walrus runs), f-strings, while conditions, tuples of walruses.
total = 0
def add(n):
    global total
    if (total := total + n) > 10:
        return "over"
    return total
print(add(4), add(8), total)
def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print(e)
    if (v := 3):
        return v
print(unbound())
print(f"{(y := 7)} and {y * 2}")
values = [3, 0, 5]
while values and (head := values.pop(0)) != 0:
    print("head", head)
print(values, head)
def nested_walrus(x):
    return (a := x + 1, b := a * 2, (c := b - a))
print(nested_walrus(4))
if any([(m := 5) > 3]):
    print("m", m)
