# Checks that a CPython builtin typhon lacks is rejected where it is used,
# instead of compiling to a NameError CPython would not raise.
def check(text):
    if not text:
        return help(text)  # error: [unsupported-feature]
    return credits()  # error: [unsupported-feature]
print(check("x"))
