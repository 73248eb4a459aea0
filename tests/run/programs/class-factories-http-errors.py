# Classes made by factory functions capturing outer variables, an exception hierarchy with __str__ and keyword-only init, a state machine with class attributes shadowed per instance
def make_validator(lo, hi, label="value"):
    errors = []
    class Validator:
        limit = (lo, hi)
        def __init__(self, strict=True):
            self.strict = strict
        def check(self, v):
            if not lo <= v <= hi:
                msg = f"{label} {v} out of [{lo}, {hi}]"
                errors.append(msg)
                if self.strict:
                    raise ValueError(msg)
                return False
            return True
        @classmethod
        def errors(cls):
            return list(errors)
        @staticmethod
        def describe():
            return f"{label} in {lo}..{hi}"
    return Validator

Age = make_validator(0, 150, "age")
Pct = make_validator(0, 100)
v = Age()
print(v.check(30), Age(strict=False).check(200), Age.errors(), Pct.errors(), Age.describe(), Pct.limit)
try:
    Pct().check(101)
except ValueError as e:
    print("ValueError:", e, Pct.errors())

class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")
class NotFound(AppError):
    code = 404
class Forbidden(AppError):
    code = 403

def handle(path, user):
    routes = {"/": "home", "/admin": "admin panel"}
    if path not in routes:
        raise NotFound(f"no route {path}", detail=user)
    if path == "/admin" and user != "root":
        raise Forbidden("admins only")
    return routes[path]

for path, user in [("/", "ann"), ("/admin", "ann"), ("/admin", "root"), ("/x", "bob")]:
    try:
        print("ok:", handle(path, user))
    except NotFound as e:
        print("404:", e, e.args, e.detail)
    except AppError as e:
        print("error:", e, type(e).__mro__[1].__name__, isinstance(e, Exception))

class TrafficLight:
    transitions = {"red": "green", "green": "yellow", "yellow": "red"}
    durations = {"red": 3, "green": 2, "yellow": 1}
    def __init__(self):
        self.state = "red"
        self.ticks = 0
        self.history = []
    def tick(self):
        self.ticks += 1
        if self.ticks >= self.durations[self.state]:
            self.history.append(self.state)
            self.state = self.transitions[self.state]
            self.ticks = 0
light = TrafficLight()
for _ in range(10):
    light.tick()
print(light.state, light.history)
TrafficLight.durations["green"] = 5
l2 = TrafficLight()
l2.durations = {"red": 1, "green": 1, "yellow": 1}
for _ in range(4):
    l2.tick()
print(l2.history, TrafficLight.durations, l2.durations is TrafficLight.durations)
