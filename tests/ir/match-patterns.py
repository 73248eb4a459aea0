# Checks the lowering of a match statement: a sequence pattern with a star,
# a mapping pattern, a class pattern and a guard; captures are stored to
# their names only after the whole pattern matched.
def classify(value):
    match value:
        case [first, *rest] if rest:
            return first
        case {"key": found}:
            return found
        case int(number):
            return number
        case _:
            return None
