# Checks //, %, >>, &, | and ^ on values whose kind is not known at compile
# time (read from attributes and lists): small ints take the inline path,
# negative operands, zero and negative divisors, negative and huge shift
# counts, bools, big ints, floats and user classes take the runtime's.


class Box:
    def __init__(self, v):
        self.v = v


class Weird(int):
    def __mod__(self, other):
        return "mod"

    def __rfloordiv__(self, other):
        return "rfloordiv"


values = [Box(v).v for v in [0, 1, -1, 7, -7, 13, -13, 2**62 - 1, -(2**62), 2**62, 2**70, -(2**70), True, False]]
divisors = [Box(v).v for v in [1, 2, 3, -1, -3, 7, 2**62 - 1, -(2**62), 2**64, True]]
for a in values:
    row = []
    for b in divisors:
        row.append((a // b, a % b, a & b, a | b, a ^ b))
    print(a, row)

for a in values:
    print(a, [a >> Box(n).v for n in [0, 1, 2, 31, 62, 63, 64, 100, 2**65, True]])

for a, b in [(7, 0), (7, -0), (2**70, 0), (True, False)]:
    for name, f in [("//", lambda x, y: x // y), ("%", lambda x, y: x % y)]:
        try:
            print(f(Box(a).v, Box(b).v))
        except ZeroDivisionError as e:
            print(name, type(e).__name__, e)

try:
    print(Box(5).v >> Box(-1).v)
except ValueError as e:
    print("ValueError", e)

print(Box(7.5).v // Box(2).v, Box(7.5).v % Box(2).v, Box(-7).v // Box(2.0).v, Box(-7).v % Box(2.5).v)
print(Box(Weird(7)).v % Box(3).v, Box(7).v // Box(Weird(3)).v)
print(Box(True).v & Box(True).v, Box(True).v | Box(False).v, Box(True).v ^ Box(True).v)

state = Box(12345)
for _ in range(5):
    state.v = (state.v * 214013 + 2531011) % 4294967296
    print(state.v >> 16, (state.v >> 16) % 7, -(state.v >> 16) // 9, state.v & 0xFFFF, state.v ^ 0x5555)
