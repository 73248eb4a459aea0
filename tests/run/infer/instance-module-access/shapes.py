class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def make(n):
    return [Square(i) for i in range(n)]


def total(squares):
    return sum(s.area() for s in squares)


def largest(squares):
    best = squares[0]
    for s in squares:
        if s.area() > best.area():
            best = s
    return best
