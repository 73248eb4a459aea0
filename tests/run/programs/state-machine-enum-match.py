# A state machine with enum (Enum, auto, IntEnum, Flag) and match statements (class patterns, value patterns, guards, mappings, sequences).
from enum import Enum, IntEnum, Flag, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

class Priority(IntEnum):
    LOW = 1
    HIGH = 5

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

class Event:
    __match_args__ = ("name", "payload")
    def __init__(self, name, payload=None):
        self.name = name
        self.payload = payload

def step(state, event):
    match state, event:
        case State.IDLE, Event(name="start"):
            return State.RUNNING
        case State.RUNNING, Event("pause"):
            return State.PAUSED
        case State.PAUSED, Event("resume", {"delay": int(d)}) if d > 0:
            print(f"  resuming after {d}s")
            return State.RUNNING
        case State.PAUSED, Event("resume"):
            return State.RUNNING
        case (State.RUNNING | State.PAUSED), Event("stop", [*reasons]):
            print("  stop reasons:", ", ".join(reasons) or "none")
            return State.DONE
        case _, Event(name=other):
            print(f"  ignored {other!r} in {state.name}")
            return state

state = State.IDLE
events = [Event("pause"), Event("start"), Event("pause"), Event("resume", {"delay": 0}),
          Event("pause"), Event("resume", {"delay": 3}), Event("stop", ["user", "timeout"])]
for ev in events:
    new = step(state, ev)
    print(f"{state.name:>7} --{ev.name}--> {new.name}")
    state = new
print(state, repr(state), State["PAUSED"], State(2), list(State)[-1].value)
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(5).name)
rw = Perm.READ | Perm.WRITE
print(rw, Perm.READ in rw, Perm.EXEC in rw, bool(rw & Perm.EXEC), (rw | Perm.EXEC).value)
for value in (1, "x", [1, 2], {"k": 1}, None, 3.5):
    match value:
        case int() | float() as n if n > 2:
            print("big number", n)
        case int(n):
            print("int", n)
        case str(s):
            print("str", s)
        case [first, *rest]:
            print("list", first, rest)
        case {"k": v}:
            print("map", v)
        case None:
            print("none")
