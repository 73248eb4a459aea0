# A range loop with a step of 1 or -1 and a small body gets a fast copy:
# `small_int BothSmall` tests the bounds once, then the copy's counter test
# (`small_int Less`, operands swapped for -1) and step (`small_int Add`)
# have no slow path; big bounds run the general loop after it.
def total(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc


def countdown(n):
    last = 0
    for i in range(n, 0, -1):
        last = i
    return last


print(total(10), countdown(5))
