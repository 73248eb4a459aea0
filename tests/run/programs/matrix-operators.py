# A matrix class with operator overloading, classmethod constructors, __eq__ making it unhashable, format specs
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x * o for x in r] for r in self.rows])
        if self.m != o.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} * {o.n}x{o.m}")
        return Matrix([[sum([self.rows[i][k] * o.rows[k][j] for k in range(self.m)]) for j in range(o.m)] for i in range(self.n)])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return self * -1
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        w = max([len(str(x)) for r in self.rows for x in r])
        return "\n".join([" ".join([f"{x:>{w}}" for x in r]) for r in self.rows])
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return self.n
    def __bool__(self):
        return any([any(r) for r in self.rows])
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

a = Matrix([[1, 2], [3, 4]])
b = Matrix.identity(2)
print(a + b)
print(a * b == a, a * 2, 3 * a, -a)
print(repr(a.transpose()))
c = Matrix([[1, 2, 3]])
try:
    a * c
except ValueError as e:
    print("err", e)
print((c * c.transpose()))
a[0, 1] = 7.5
print(a[0, 1], len(a), bool(Matrix.zeros(2, 2)), bool(a))
print([r for r in a])
try:
    {a: 1}
except TypeError as e:
    print(e)
print(a != b, a == [[1]])
print(f"{2.0/3:>10.3f}|{-1.5:+.2e}|{1234567:,}|{0.25:%}|{'x':*^7}|{42:#x}|{42:08b}")
