# A float subclass's own operators and comparisons run even when the other
# operand is a float (the runtime's float fast paths take exact floats only).
class F(float):
    def __add__(self, o): return "F.add"
    def __radd__(self, o): return "F.radd"
    def __rmul__(self, o): return "F.rmul"
    def __rsub__(self, o): return "F.rsub"
print(F(2.0) + 1.5, 1.5 + F(2.0), 1.5 * F(2.0), 1.5 - F(2.0), F(2.0) + 1, 1 + F(2.0))
def f(a, b): return a + b
print(f(F(1.0), 2.0), f(2.0, F(1.0)))
class G(float):
    def __lt__(self, o): return "G.lt"
    def __eq__(self, o): return "G.eq"
    __hash__ = float.__hash__
print(G(1.0) < 2.0, 2.0 > G(1.0), G(1.0) == 1.0, 1.0 == G(1.0), G(3.0) + 1.0, type(G(3.0) * 2.0).__name__)
print(sorted([G(2.0), 1.0]) if False else max(2.0, 3.5), 2.0 + 3.0, 1.5 < 2.5)
