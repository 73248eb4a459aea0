# Globals bound early across a circular import: `alpha.f` exists before
# `alpha` imports `beta`, whose body calls it while `LIMIT` is still
# unbound; `g`, made after the store, reads the constant.
import alpha

print(alpha.f(), alpha.g(), alpha.h())
