# Loop-heavy: sum a million ints in a function, ten times over.
def total(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc


def main():
    result = 0
    for _ in range(10):
        result += total(1000000)
    print(result)


main()
