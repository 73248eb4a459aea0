# Checks the IR of a closure: the enclosing function makes a cell for the
# shared variable, the nested function receives it as its first parameter
# and reads and writes it through the cell.
def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump
