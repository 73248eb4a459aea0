# Checks that stores through `globals()` (a snapshot in typhon, the live
# module namespace in CPython) are rejected rather than silently ignored,
# while reading it is accepted.
def small(x):
    return x * 2


globals()["small"] = len  # error: [unsupported-feature]
del globals()["small"]  # error: [unsupported-feature]
globals()["count"] += 1  # error: [unsupported-feature]
globals().update(small=len)  # error: [unsupported-feature]
vars().setdefault("other", 1)  # error: [unsupported-feature]
print("small" in globals(), globals()["small"](3), sorted(globals().keys())[:1])
