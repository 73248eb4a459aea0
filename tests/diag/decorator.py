# Checks that a decorated function is rejected, pointing at the decorator.
def trace(func):
    return func
@trace  # error: [unsupported-feature]
def work():
    return 1
