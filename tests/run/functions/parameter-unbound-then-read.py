# Checks that reading a parameter after the body unbound it (`del`, or an
# `except ... as` clause reusing its name) raises UnboundLocalError.
def deleted(x):
    del x
    return x


def reused_by_except(err):
    try:
        raise ValueError("boom")
    except ValueError as err:
        print("handled", err)
    return err


def deleted_in_branch(value, flag):
    if flag:
        del value
    return value


for func in [deleted, reused_by_except]:
    try:
        func(1)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
print(deleted_in_branch("kept", False))
try:
    deleted_in_branch("gone", True)
except UnboundLocalError as e:
    print(e)
