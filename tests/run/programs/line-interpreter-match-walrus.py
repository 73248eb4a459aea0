# Checks a line-oriented interpreter reading commands from stdin with a walrus
# loop, splitting lines and dispatching with match, EOFError ending input.
variables = {}


def value_of(token):
    match token:
        case str() if token.lstrip("-").isdigit():
            return int(token)
        case str() if token in variables:
            return variables[token]
        case _:
            raise NameError(f"undefined: {token}")


def execute(words):
    match words:
        case ["let", name, "=", value]:
            variables[name] = value_of(value)
        case ["let", name, "=", left, ("+" | "-" | "*") as op, right]:
            a, b = value_of(left), value_of(right)
            variables[name] = a + b if op == "+" else a - b if op == "-" else a * b
        case ["print", *names] if names:
            print(*[value_of(name) for name in names])
        case ["del", name]:
            del variables[name]
        case []:
            pass
        case [verb, *_]:
            raise ValueError(f"unknown verb {verb!r}")


count = 0
try:
    while (line := input()) != "quit":
        count += 1
        try:
            execute(line.split())
        except (NameError, ValueError, KeyError) as err:
            print(f"line {count}: {type(err).__name__}: {err}")
except EOFError:
    print("end of input")
print(sorted(variables.items()), count)
