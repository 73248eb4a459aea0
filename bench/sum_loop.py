# Loop-heavy: sum a million ints in a function, ten times over.
import sys


def total(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc


def main(n):
    result = 0
    for _ in range(10):
        result += total(n)
    print(result)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 8000000)
