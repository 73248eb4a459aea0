# Checks that typhon keeps going after an error: every unsupported
# construct in the file is reported in one run, in source order.
class First(slice):  # error: [unsupported-feature]
    pass
type Alias = int  # error: [unsupported-feature]
def fine(x):
    return x + 1
print(eval("fine(1)"))  # error: [unsupported-feature]
