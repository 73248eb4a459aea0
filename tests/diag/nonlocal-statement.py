# Checks that nonlocal is rejected.
def outer():
    n = 0
    def bump():
        nonlocal n  # error: [unsupported-feature]
        n = 1
    bump()
    return n
