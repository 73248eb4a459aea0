# Checks explicit chaining with `raise X from Y`: the cause's traceback
# comes first, then "The above exception was the direct cause ...".
def load(text):
    try:
        return int(text)
    except ValueError as err:
        raise RuntimeError("invalid setting " + repr(text)) from err


print(load("7"))
print(load("seven"))
