# Checks less common try/except* paths (3.11): a handler that raises for a
# naked exception (the new exception alone leaves), `raise e` of the
# matched part (treated as a new exception), a user subclass of
# ExceptionGroup split into plain groups, except* in a generator and in a
# function returning from its try body, loops inside a clause, finally
# after an unhandled rest, nested groups matched at several depths.
import sys


def run(label, body):
    try:
        result = body()
        print(label, "->", repr(result))
    except BaseException as e:
        print(label, "raised", repr(e))


def naked_raise_new():
    try:
        raise ValueError("v")
    except* ValueError:
        raise KeyError("k")


run("naked raise new", naked_raise_new)


def raise_matched_part():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


run("raise matched part", raise_matched_part)


class MyGroup(ExceptionGroup):
    pass


def user_group():
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("matched", type(e).__name__, repr(e))


run("user group", user_group)


def gen():
    for n in range(3):
        try:
            if n == 1:
                raise ExceptionGroup("in gen", [ValueError(n)])
            yield n
        except* ValueError as e:
            yield f"handled {e.exceptions[0]!r}"


run("generator", lambda: list(gen()))


def return_from_body():
    try:
        return "from body"
    except* ValueError:
        return_value = "never"
    finally:
        print("finally runs")


run("return from body", return_from_body)


def loops_in_clause():
    seen = []
    try:
        raise ExceptionGroup("eg", [ValueError(i) for i in range(4)])
    except* ValueError as e:
        for exc in e.exceptions:
            if exc.args[0] == 1:
                continue
            if exc.args[0] == 3:
                break
            seen.append(exc.args[0])
    return seen


run("loops in clause", loops_in_clause)


def finally_after_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        print("values handled")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)


run("finally after rest", finally_after_rest)


def deep_nesting():
    try:
        raise ExceptionGroup(
            "outer",
            [
                ExceptionGroup("mid", [ValueError(1), ExceptionGroup("inner", [ValueError(2), KeyError(3)])]),
                TypeError(4),
            ],
        )
    except* ValueError as e:
        print("values", repr(e))
    except* KeyError as e:
        print("keys", repr(e))


run("deep nesting", deep_nesting)


def all_handled_by_base():
    try:
        raise BaseExceptionGroup("beg", [ValueError(1), KeyboardInterrupt()])
    except* Exception as e:
        print("exceptions", repr(e))
    except* BaseException as e:
        print("base", repr(e))


run("all handled", all_handled_by_base)


def handler_order():
    try:
        raise ExceptionGroup("eg", [LookupError(1), KeyError(2), IndexError(3)])
    except* KeyError as e:
        print("key first", repr(e))
    except* LookupError as e:
        print("lookup rest", repr(e))


run("handler order", handler_order)


def reraise_one_of_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        pass
    except* TypeError:
        raise


run("reraise one of two", reraise_one_of_two)


def exception_in_type_expression():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* undefined_name:
        pass


run("bad type expression", exception_in_type_expression)
