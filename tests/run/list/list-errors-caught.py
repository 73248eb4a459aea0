# Checks the IndexError and ValueError messages of list operations, caught
# so that several can be checked in one program.
items = [1, 2, 3]
try:
    print(items[3])
except IndexError as e:
    print("IndexError:", e)
try:
    items[-4] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    items.pop(10)
except IndexError as e:
    print("IndexError:", e)
try:
    print(items["0"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(items + (4,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(items * 1.5)
except TypeError as e:
    print("TypeError:", e)
print(items)
