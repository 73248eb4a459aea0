# Checks matching caught exceptions with class patterns (keyword patterns on
# args), a match as the body of an except clause, and bare raise from a case.
def risky(n):
    match n:
        case 0:
            return {}["zero"]
        case 1:
            return [][1]
        case 2:
            return int("two")
        case 3:
            return 1 / 0
        case _:
            raise RuntimeError("other", n)


def describe(n):
    try:
        return risky(n)
    except Exception as err:
        match err:
            case KeyError(args=(key,)):
                return f"missing key {key!r}"
            case IndexError() | ZeroDivisionError() as problem:
                return f"{type(problem).__name__}: {problem}"
            case ValueError(args=[message]) if "invalid" in message:
                return "bad literal"
            case RuntimeError(args=("other", value)) if value > 10:
                raise
            case _:
                return f"unexpected {err!r}"


for n in range(5):
    print(n, describe(n))
try:
    describe(11)
except RuntimeError as err:
    print("re-raised", err.args)
