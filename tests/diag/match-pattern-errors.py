# Checks the SyntaxErrors CPython's compiler raises for match statements:
# unreachable cases after an irrefutable pattern, repeated captures,
# alternatives binding different names, repeated class attributes,
# duplicate literal mapping keys, several starred names.
def classify(command):
    match command:
        case x:  # error: [syntax-error]
            return x
        case _:
            return None


def wildcard(command):
    match command:
        case _:  # error: [syntax-error]
            pass
        case 1:
            pass


def repeated(command):
    match command:
        case [x, x]:  # error: [syntax-error]
            pass
        case [a] | (b):  # error: [syntax-error]
            pass
        case int(x=1, x=2):  # error: [syntax-error]
            pass
        case {"a": 1, "a": 2}:  # error: [syntax-error]
            pass
        case [*a, *b]:  # error: [syntax-error]
            pass
        case y | 1:  # error: [syntax-error]
            pass
        case (z as w) if w:
            pass
        case _:
            pass
