# Checks f-string format specs: precision, width and alignment, fill
# characters, sign, thousands separators, bases, percent and exponent.
x = 3.14159
n = 42
s = "hi"
print(f"{x:.2f}|{x:.0f}|{x:10.3f}|{x:<10.1f}|{-x:.3f}")
print(f"{n:>5}|{n:<5}|{n:^5}|{n:05}|{n:+}|{-n:5}|{n:*>6}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:_^7}|{s!r}|{s!s}")
print(f"{1234567:,}|{1234567.891:,.2f}|{0.256:.1%}|{12345.678:e}|{0.000123:.2e}")
print(f"{255:x}|{255:X}|{8:o}|{5:b}|{255:#x}|{5:#b}|{5:08b}")
print(f"{2.5:g}|{1e20:g}|{0.0001:g}|{100:.2f}|{7.0:.3}|{1/3:.5}")
print(f"{True}|{None}|{[1, 'a']}|{(1, 2)!r}|{'q'!r:>6}")
print(f"{-0.0:.1f}|{float('inf'):.2f}|{2**70:,}|{-1234:08}")
