# A command dispatcher using match over tuples, lists and dicts, with an
# undo stack, errors reported through exceptions, and walrus in conditions.
def dispatch(state, command):
    match command:
        case ["push", int(value)] | ("push", int(value)):
            state["stack"].append(value)
        case ["push", str(text)] if (n := len(text)) <= 3:
            state["stack"].append(text)
            state["log"].append(f"short text {n}")
        case ["push", other]:
            raise TypeError(f"cannot push {other!r}")
        case ["pop"]:
            if not state["stack"]:
                raise IndexError("pop from empty stack")
            state["stack"].pop()
        case ["add" | "mul" as op]:
            b = state["stack"].pop()
            a = state["stack"].pop()
            state["stack"].append(a + b if op == "add" else a * b)
        case ["dup", *rest] if not rest:
            state["stack"].append(state["stack"][-1])
        case ["dup", int(times)]:
            state["stack"].extend([state["stack"][-1]] * times)
        case {"set": str(key), "value": value, **extra}:
            state["vars"][key] = value
            if extra:
                state["log"].append(f"ignored {sorted(extra)}")
        case {"get": key}:
            state["stack"].append(state["vars"][key])
        case ("batch", [*commands]):
            for sub in commands:
                dispatch(state, sub)
        case None | [] | {}:
            state["log"].append("empty command")
        case _:
            raise ValueError(f"unknown command {command!r}")


state = {"stack": [], "vars": {}, "log": []}
commands = [
    ["push", 2], ("push", 3), ["add"], ["push", "abc"], ["push", "abcdef"], ["pop"], ["dup"],
    ["dup", 2], ["mul"], {"set": "x", "value": 10}, {"set": "y", "value": 5, "note": 1, "tag": 2},
    {"get": "x"}, {"get": "nope"}, ("batch", [["push", 1], ["push", 1], ["add"]]), ("batch", ("pop",)),
    None, [], {}, ["pop"], ["pop"], ["pop"], ["pop"], ["pop"], ["frobnicate", 1], ("push", 1.5), "push",
]
for command in commands:
    try:
        dispatch(state, command)
    except (IndexError, KeyError) as err:
        print("lookup problem:", type(err).__name__, err)
    except (TypeError, ValueError) as err:
        print("bad command:", err)
    print(command, "->", state["stack"])
print(state["vars"], state["log"])
