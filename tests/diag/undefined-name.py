# Checks that a name defined nowhere gets a warning (CPython raises
# NameError only if the line runs, so this is not an error).
def maybe(flag):
    if flag:
        return frobnicate  # warning: [undefined-name]
    return 0
print(maybe(False))
