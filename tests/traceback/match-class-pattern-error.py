# Checks the traceback of a TypeError raised by a class pattern with too many
# positional sub-patterns, inside a function called from a match case.
def kind(value):
    match value:
        case str(text):
            return text
        case int(a, b):
            return a + b


def show(values):
    for value in values:
        match kind(value):
            case "x" | "y" as letter:
                print("letter", letter)
            case other:
                print("other", other)


show(["x", "z", 3])
