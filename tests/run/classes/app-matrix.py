# Application: a small matrix class with operators (+, *, @, ==, unary -), tuple indexing and a transpose property.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[self._dot(other, i, j) for j in range(other.m)] for i in range(self.n)])

    def _dot(self, other, i, j):
        total = 0
        for k in range(self.m):
            total += self[i, k] * other[k, j]
        return total

    def __neg__(self):
        return self * -1

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    @property
    def T(self):
        return Matrix([[self.rows[i][j] for i in range(self.n)] for j in range(self.m)])

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * 2, 3 * a, -a)
print(a @ b, a @ Matrix.identity(2) == a, a.T, a.T.T == a)
a[0, 0] = 10
print(a[0, 0], a)
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]))
