# A small generator after the generator pass: the creation function, and
# the resume function with its states and the temporaries (`print`, `i`)
# spilled across the yield in the middle of the call.
def pairs(n):
    i = 0
    while i < n:
        print(i, (yield i))
        i += 1
    return n
