# A module-level list only its own loads read keeps its element kind:
# the loop item and the subscript are typed ints, the sum an int.
SQUARES = [r * 10 + c for r in range(1, 3) for c in range(1, 3)]


def total():
    t = 0
    for sq in SQUARES:
        t += sq + SQUARES[0]
    return t


print(total())
