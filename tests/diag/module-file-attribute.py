# Checks that module attributes CPython's import system sets, which typhon
# does not keep, are rejected instead of raising NameError at run time
# (`__file__` and `__package__` work).
print(__name__, __file__, __package__)
print(__spec__)  # error: [unsupported-feature]
print(__loader__)  # error: [unsupported-feature]
