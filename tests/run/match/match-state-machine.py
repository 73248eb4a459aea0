# Checks match on the results of functions and exceptions caught inside cases:
# a tiny state machine (traffic light) driven by events, with invalid
# transitions reported through exceptions and a final tally.
def step(state, event):
    match (state, event):
        case ("red", "timer"):
            return "green"
        case ("green", "timer"):
            return "yellow"
        case ("yellow", "timer"):
            return "red"
        case (_, "emergency"):
            return "red"
        case ("red" | "yellow" | "green" as current, "maintenance"):
            return ("off", current)
        case (("off", previous), "resume"):
            return previous
        case (current, unknown):
            raise ValueError(f"no transition from {current!r} on {unknown!r}")


state = "red"
tally = {}
for event in ["timer", "timer", "bogus", "timer", "maintenance", "timer", "resume", "emergency", "timer"]:
    try:
        state = step(state, event)
        outcome = "ok"
    except ValueError as err:
        outcome = "error"
        print("  ", err)
    tally[outcome] = tally.get(outcome, 0) + 1
    print(f"{event:12} -> {state}")
print(tally)
