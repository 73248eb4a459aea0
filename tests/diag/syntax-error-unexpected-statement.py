# Checks that a missing indented block is a syntax error pointing at the
# statement that should have been indented.
def f():
return 1  # error: [syntax-error]
