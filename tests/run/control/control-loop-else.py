# Checks the else clause of for and while loops: it runs when the loop ends
# normally and is skipped when the loop breaks.
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")
find([4, 8, 15], 8)
find([4, 8, 15], 16)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished with n =", n)
while True:
    break
else:
    print("never printed")
for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()
