# N-queens: counts every placement of n non-attacking queens by
# backtracking over sets of attacked columns and diagonals, and prints the
# first few solutions found by a generator.
import sys


def solutions(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placed.append(col)
            yield from place(row + 1)
            placed.pop()
            cols.discard(col)
            diag1.discard(row + col)
            diag2.discard(row - col)

    return place(0)


def count_bits(n):
    """The same count with bitmasks: free columns as an int per row."""
    full = (1 << n) - 1

    def go(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return go(0, 0, 0)


def show(board):
    n = len(board)
    return "\n".join("".join("Q" if board[r] == c else "." for c in range(n)) for r in range(n))


def main(n):
    for size in range(4, n + 1):
        found = 0
        first = None
        for board in solutions(size):
            if first is None:
                first = board
            found += 1
        print(f"{size}: {found} solutions (bitmask count {count_bits(size)}), first {list(first)}")
    print(show(first))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
