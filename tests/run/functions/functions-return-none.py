# Checks functions without a return statement, bare return, early return
# from inside loops, and printing the None they produce.
def nothing():
    pass
def bare(flag):
    if flag:
        return
    print("no early return")
def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None
def side_effect():
    print("side effect")
print(nothing())
print(bare(True))
print(bare(False))
print(first_negative([3, -1, -5]), first_negative([1, 2]))
result = side_effect()
print(result is None)
