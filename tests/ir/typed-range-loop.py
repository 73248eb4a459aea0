# Inference: a range loop over exact ints in a function types the counter,
# the bounds and the accumulator as `int` words (no dispatch on other
# types; the overflow check and big-int fallback remain).
def total(n):
    acc = 0
    for i in range(1, n, 2):
        acc += i
    return acc


print(total(10))
