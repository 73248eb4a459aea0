# Checks that *args, **kwargs and keyword-only parameters are rejected.
def total(*values):  # error: [unsupported-feature]
    return values
def options(**settings):  # error: [unsupported-feature]
    return settings
def keyword_only(a, *, b):  # error: [unsupported-feature]
    return a
