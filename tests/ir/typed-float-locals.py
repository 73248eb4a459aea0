# Inference: floats stay unboxed in locals, parameters and the return of
# the directly called copy of `step`; the generic original stays `obj`;
# the int constant 2 joins float arithmetic as 2.0; division checks zero.
def step(x, v, dt):
    a = -x * 2
    v = v + a * dt
    x = x + v / dt
    return x


pos = step(1.0, 0.5, 0.01)
print(pos)
# flags: --no-inline
