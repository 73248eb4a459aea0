# Checks that complex number literals are rejected.
# FIXME(span): the label should sit under `2j`, not at the start of the statement.
z = 2j  # error: [unsupported-feature]
