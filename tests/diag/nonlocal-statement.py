# Checks that nonlocal is rejected.
# FIXME(duplicate diagnostic): typhon reports this nonlocal twice; once is right.
def outer():
    n = 0
    def bump():
        nonlocal n  # error: [unsupported-feature]
        n = 1
    bump()
    return n
