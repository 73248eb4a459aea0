# Checks an uncaught exception raised by the program in a nested call,
# after some output, with finally blocks running on the way out.
def validate(age):
    if age < 0:
        raise ValueError("age must be non-negative, got " + str(age))
    return age
def load(ages):
    try:
        for a in ages:
            print("valid", validate(a))
    finally:
        print("cleanup")
load([3, 0, -4, 5])
