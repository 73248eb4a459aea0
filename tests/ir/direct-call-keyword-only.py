# Checks that a call of a module function with keyword-only parameters is a
# direct call with the arguments bound at compile time (the missing
# keyword-only argument read from its hidden default slot).
def clamp(value, *, low=0, high=10):
    return value


clamp(5, high=4)
# flags: --no-inline
