# Checks that a nested function reading a variable of its enclosing
# function (a closure) is rejected at the use of that variable.
def outer():
    count = 1
    def inner():
        return count  # error: [unsupported-feature]
    return inner()
print(outer())
