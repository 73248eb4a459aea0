# Checks `except (A, B) as e` catching either type, several except clauses
# tried in order, and a bare `except:`.
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "value":
        return int("x")
    return "fine"
for kind in ["key", "index", "zero", "value", "ok"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup problem:", repr(e))
    except ZeroDivisionError as e:
        print("math problem:", e)
    except:
        print("something else")
errors = (TypeError, ValueError)
try:
    int("nope")
except errors as e:
    print("from a tuple variable:", e)
