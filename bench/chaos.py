# Chaos game: a point jumps a fixed fraction of the way towards randomly
# chosen corners of a polygon; the visited cells of a grid trace a fractal
# (Sierpinski's triangle and pentagon). A linear congruential generator picks corners,
# so the picture is the same everywhere. Prints the grid and a histogram.
import math
import sys


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Polygon:
    def __init__(self, corners):
        angles = [math.pi / 2 + 2 * math.pi * k / corners for k in range(corners)]
        self.vertices = [(math.cos(a), math.sin(a)) for a in angles]
        self.ratio = 0.382 if corners == 5 else 0.5
        # With four corners, the plain game fills the square; forbidding
        # the same corner twice in a row makes a fractal of it.
        self.restricted = corners == 4


def play(polygon, steps, width, height, rng):
    grid = [[0] * width for _ in range(height)]
    x, y = 0.0, 0.0
    vertices = polygon.vertices
    keep = 1.0 - polygon.ratio
    last = -1
    for step in range(steps):
        k = rng.below(len(vertices))
        if polygon.restricted and k == last:
            k = (k + 1) % len(vertices)
        last = k
        vx, vy = vertices[k]
        x = vx + (x - vx) * keep
        y = vy + (y - vy) * keep
        if step > 20:
            col = int((x + 1.0) * 0.5 * (width - 1))
            row = int((1.0 - (y + 1.0) * 0.5) * (height - 1))
            grid[row][col] += 1
    return grid


def main(steps):
    width, height = 64, 32
    rng = Lcg(2024)
    for corners in (3, 4, 5):
        grid = play(Polygon(corners), steps, width, height, rng)
        cells = [count for row in grid for count in row]
        visited = sum(1 for count in cells if count)
        print(f"{corners} corners: {visited} cells visited, busiest {max(cells)}")
        for row in grid:
            print("".join("#" if c > steps // 4000 else ("+" if c else " ") for c in row))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000)
