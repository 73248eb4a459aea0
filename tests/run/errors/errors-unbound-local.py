# Checks an uncaught UnboundLocalError: a local read before its assignment
# (the assignment makes the name local to the whole function).
total = 10
def add(n):
    total = total + n
    return total
print("start")
print(add(5))
