# Checks that complex number literals are rejected.
z = 2j  # error: [unsupported-feature]
