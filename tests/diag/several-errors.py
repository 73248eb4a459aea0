# Checks that typhon keeps going after an error: every unsupported
# construct in the file is reported in one run, in source order.
class First(slice):  # error: [unsupported-feature]
    pass
async def total():  # error: [unsupported-feature]
    pass
def fine(x):
    return x + 1
print(eval("fine(1)"))  # error: [unsupported-feature]
