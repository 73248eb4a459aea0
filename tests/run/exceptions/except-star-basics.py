# Checks try/except* (3.11): each clause takes the matching subgroup, naked
# exceptions are wrapped in ExceptionGroup(''), unhandled rest re-raised,
# exceptions raised in handlers combined with re-raised parts as CPython's
# PREP_RERAISE_STAR does, else/finally, sys.exc_info in the clause, the
# name unbound after the clause, and except* ExceptionGroup rejected.
import sys


def run(label, body):
    try:
        body()
        print(label, "-> nothing raised")
    except BaseException as e:
        print(label, "->", repr(e))


def two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("values:", repr(e))
    except* TypeError as e:
        print("types:", repr(e))
    else:
        print("else")
    finally:
        print("finally")


run("two clauses", two_clauses)


def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("values:", repr(e))


run("partial", partial)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped:", repr(e), repr(sys.exc_info()[1]))


run("naked", naked)


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")


run("naked unmatched", naked_unmatched)


def naked_reraise():
    try:
        raise ValueError("v")
    except* ValueError:
        raise


run("naked reraise", naked_reraise)


def reraise_keeps_structure():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        pass


run("reraise keeps structure", reraise_keeps_structure)


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new") from None
    except* TypeError:
        raise


run("raise new", raise_new)


def raise_in_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        raise RuntimeError("from values")
    except* TypeError as e:
        raise IndexError("from types")


run("raise in two", raise_in_two)


def context_of_new():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            raise KeyError("k")
    except ExceptionGroup as e:
        inner = e.exceptions[0]
        print("context:", repr(inner), repr(inner.__context__))


run("context of new", context_of_new)


def name_unbound():
    e = "before"
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as err:
        print("UnboundLocalError", err)


run("name unbound", name_unbound)


def no_exception():
    try:
        print("body")
    except* ValueError:
        print("not here")
    else:
        print("else runs")


run("no exception", no_exception)


def star_group_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


run("except* ExceptionGroup", star_group_type)


def star_tuple_with_group():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass


run("except* tuple with group", star_tuple_with_group)


def star_not_exception():
    try:
        raise ValueError(1)
    except* int:
        pass


run("except* int", star_not_exception)


def star_tuple():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple:", repr(e))


run("tuple clause", star_tuple)


def in_loop():
    for idx in range(3):
        try:
            if idx % 2:
                raise ExceptionGroup("odd", [ValueError(idx)])
            raise TypeError(idx)
        except* ValueError as e:
            print("loop value", idx, repr(e))
        except* TypeError as e:
            print("loop type", idx, repr(e))


run("in loop", in_loop)


def base_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("interrupt:", repr(e))


run("base group", base_group)


def handled_state():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("inside:", repr(sys.exc_info()[1]))
    print("after:", sys.exc_info())


run("handled state", handled_state)


def notes_make_new():
    eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
    eg.add_note("note")
    try:
        raise eg
    except* ValueError:
        raise


run("notes make new", notes_make_new)


def nested_star():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            print("inner values", repr(e))
    except* TypeError as e:
        print("outer types", repr(e))


run("nested star", nested_star)
