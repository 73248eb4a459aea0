# Checks that starred assignment targets are rejected.
first, *rest = [1, 2, 3]  # error: [unsupported-feature]
