# Othello move generation: counts the positions reachable in d moves from
# the opening (perft, passes included) on a 10x10 mailbox board, then plays
# a few games choosing moves with a linear congruential generator.
import sys

EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
DIRECTIONS = (-11, -10, -9, -1, 1, 9, 10, 11)
SQUARES = [row * 10 + col for row in range(1, 9) for col in range(1, 9)]


def opponent(colour):
    return BLACK + WHITE - colour


class Board:
    def __init__(self):
        self.cells = [EDGE] * 100
        for sq in SQUARES:
            self.cells[sq] = EMPTY
        self.cells[44] = self.cells[55] = WHITE
        self.cells[45] = self.cells[54] = BLACK

    def flips(self, square, colour):
        """The squares a move at `square` would turn over."""
        cells = self.cells
        other = opponent(colour)
        turned = []
        for step in DIRECTIONS:
            sq = square + step
            line = []
            while cells[sq] == other:
                line.append(sq)
                sq += step
            if line and cells[sq] == colour:
                turned.extend(line)
        return turned

    def moves(self, colour):
        cells = self.cells
        return [sq for sq in SQUARES if cells[sq] == EMPTY and self.flips(sq, colour)]

    def play(self, square, colour):
        """Make a move; return what undo() needs."""
        turned = self.flips(square, colour)
        cells = self.cells
        cells[square] = colour
        for sq in turned:
            cells[sq] = colour
        return turned

    def undo(self, square, turned, colour):
        cells = self.cells
        cells[square] = EMPTY
        other = opponent(colour)
        for sq in turned:
            cells[sq] = other

    def score(self):
        black = self.cells.count(BLACK)
        white = self.cells.count(WHITE)
        return black, white

    def __str__(self):
        marks = {EMPTY: ".", BLACK: "x", WHITE: "o"}
        return "\n".join(
            "".join(marks[self.cells[row * 10 + col]] for col in range(1, 9)) for row in range(1, 9)
        )


def perft(board, colour, depth, passed=False):
    if depth == 0:
        return 1
    moves = board.moves(colour)
    if not moves:
        if passed:
            return 1  # neither side can move: the game is over
        return perft(board, opponent(colour), depth - 1, True)
    total = 0
    for sq in moves:
        turned = board.play(sq, colour)
        total += perft(board, opponent(colour), depth - 1)
        board.undo(sq, turned, colour)
    return total


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n


def random_game(rng):
    board = Board()
    colour = BLACK
    passes = 0
    played = 0
    while passes < 2:
        moves = board.moves(colour)
        if moves:
            board.play(moves[rng.below(len(moves))], colour)
            passes = 0
            played += 1
        else:
            passes += 1
        colour = opponent(colour)
    return board, played


def main(depth):
    board = Board()
    for d in range(1, depth + 1):
        print(f"perft({d}) = {perft(board, BLACK, d)}")
    rng = Lcg(7)
    wins = [0, 0, 0]
    games = 4 << depth
    for _ in range(games):
        final, played = random_game(rng)
        black, white = final.score()
        wins[(black > white) - (black < white)] += 1
    print(f"{games} random games: black {wins[1]}, white {wins[-1]}, drawn {wins[0]}")
    print(final)
    print(f"last game: {played} moves, score {final.score()}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
