# Fannkuch-redux: every permutation of 1..n (in a fixed order), counting
# the prefix reversals ("pancake flips") until 1 comes first; list slicing
# and index juggling.
import sys


def fannkuch(n):
    perm = list(range(n))
    count = list(range(n + 1))
    max_flips = 0
    checksum = 0
    sign = 1
    while True:
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[: first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips * sign
        # Next permutation in the rotation order the checksum is defined on.
        if sign == 1:
            perm[0], perm[1] = perm[1], perm[0]
            sign = -1
            continue
        perm[1], perm[2] = perm[2], perm[1]
        sign = 1
        i = 2
        while i < n:
            if count[i]:
                break
            count[i] = i
            head = perm.pop(0)
            perm.insert(i + 1, head)
            i += 1
        else:
            return checksum, max_flips
        count[i] -= 1


def main(n):
    for i in range(3, n + 1):
        checksum, flips = fannkuch(i)
        print(f"{checksum}\nPfannkuchen({i}) = {flips}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
