# Checks that module attributes CPython's import system sets, which typhon
# does not keep, are rejected instead of raising NameError at run time.
print(__name__)
print(__file__)  # error: [unsupported-feature]
