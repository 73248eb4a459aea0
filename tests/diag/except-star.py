# Checks that except* (exception groups) is rejected.
try:  # error: [unsupported-feature]
    pass
except* ValueError:
    pass
