# Checks that eval() is rejected: code built at run time cannot be
# compiled ahead of time.
source = "1 + 1"
print(eval(source))  # error: [unsupported-feature]
