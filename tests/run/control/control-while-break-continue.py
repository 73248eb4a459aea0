# Checks while loops with break and continue, nested loops where break
# leaves only the inner loop, and a loop whose condition is never true.
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
print("after", i)
n = 0
while n < 3:
    m = 0
    while True:
        m += 1
        if m > n:
            break
    print("n", n, "m", m)
    n += 1
while False:
    print("never")
countdown = 5
while countdown:
    print(countdown, end=" ")
    countdown -= 1
print("liftoff")
