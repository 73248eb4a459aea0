# Checks arithmetic and comparisons with inf, nan and negative zero.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * 2, -inf, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 10 ** 400)
print(-0.0, 0.0 == -0.0, abs(-0.0), -0.0 + 0.0, 0.0 * -1)
print(max(1.0, inf), min(-inf, 0), abs(-inf))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(inf > 1e308, -inf < -1e308, 2.0 ** 1023 * 2 == inf)
