# Checks that a range loop body lowered twice (the counting loop's fast copy
# and the general loop) reports each diagnostic in it once.
def run(n):
    for i in range(n):
        assert (i > 0, "positive")  # warning: [syntax-warning]
        x = eval("i")  # error: [unsupported-feature]
    return x
