# Checks nested try statements three deep with every clause kind, each level
# seeing the exception state (sys.exception) CPython shows, and the order
# in which else and finally clauses run.
import sys


def trace(label):
    current = sys.exception()
    print(label, "handling" if current is None else f"handling {current!r}")


def levels(fail_at):
    try:
        trace("L1 body")
        try:
            trace("L2 body")
            try:
                trace("L3 body")
                if fail_at == 3:
                    raise ValueError(3)
            except KeyError:
                trace("L3 except (wrong type)")
            else:
                trace("L3 else")
                if fail_at == 33:
                    raise KeyError("from else")
            finally:
                trace("L3 finally")
            if fail_at == 2:
                raise IndexError(2)
        except (ValueError, IndexError) as err:
            trace(f"L2 except {err!r}")
            if fail_at == 2:
                raise TypeError("escalated")
        finally:
            trace("L2 finally")
    except TypeError as err:
        trace(f"L1 except {err!r} context {err.__context__!r}")
    except KeyError as err:
        trace(f"L1 except {err!r}")
    else:
        trace("L1 else")
    finally:
        trace("L1 finally")


for fail_at in [0, 3, 33, 2]:
    print("== fail at", fail_at)
    levels(fail_at)
