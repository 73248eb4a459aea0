# Checks match guards with side effects and errors, walrus in guards, match in
# loops with break/continue/return, match inside try/finally, no case matching,
# nested mapping and sequence patterns, **rest copies, range subjects.
log = []
def check(v):
    log.append(v)
    return v > 1
def first_big(items):
    for item in items:
        match item:
            case int(n) if check(n):
                return n
            case int():
                continue
            case "stop":
                break
            case _:
                log.append("skip")
    return None
print(first_big([0, 1, "x", 5, 7]), log)
log.clear()
print(first_big([1, "stop", 9]), log)
def guarded(v):
    try:
        match v:
            case [x, y] if x / y > 1:
                return "ratio > 1"
            case [x, y]:
                return "ratio <= 1"
    except ZeroDivisionError as e:
        return f"guard raised: {e}"
    finally:
        log.append(("finally", v))
print(guarded([4, 2]), guarded([1, 2]), guarded([1, 0]))
def bound_after_guard(v):
    match v:
        case [a, b] if (s := a + b) > 10:
            return ("big", s)
        case [a, b]:
            return ("small", a, b, s)
print(bound_after_guard([5, 9]), bound_after_guard([1, 2]))
def no_case_matches(v):
    match v:
        case 1:
            r = "one"
    try:
        return r
    except UnboundLocalError as e:
        return str(e)
print(no_case_matches(1), no_case_matches(2))
def mapping_get_errors(v):
    match v:
        case {"k": [1, *rest]}:
            return rest
        case {"k": {"inner": str() as s}}:
            return s.upper()
    return "none"
print(mapping_get_errors({"k": [1, 2, 3]}), mapping_get_errors({"k": {"inner": "abc"}}), mapping_get_errors({"k": 5}))
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": _, **rest}:
        print(rest, d)
match range(5):
    case [0, 1, *others]:
        print(others)
match [1, 2, 3]:
    case [*_, 3]:
        print("ends with 3")
match (1,):
    case (x,):
        print("single", x)
