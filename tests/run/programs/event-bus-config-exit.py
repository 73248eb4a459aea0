# An event bus with decorator registration, nonlocal counters, a config parser with exception chaining, string methods, sys.exit with a code
import sys

class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
    def __repr__(self):
        items = ", ".join([f"{k}={v!r}" for k, v in sorted(self.data.items())])
        return f"Event({self.name!r}, {items})"

class Bus:
    def __init__(self):
        self._subs = {}
    def on(self, name):
        def register(fn):
            self._subs.setdefault(name, []).append(fn)
            return fn
        return register
    def emit(self, event):
        results = []
        for fn in self._subs.get(event.name, []) + self._subs.get("*", []):
            try:
                results.append(fn(event))
            except Exception as exc:
                results.append(f"{fn.__name__} failed: {exc!r}")
        return results

bus = Bus()
totals = {"orders": 0, "revenue": 0.0}

@bus.on("order")
def count_order(e):
    totals["orders"] += 1
    totals["revenue"] += e.data["amount"]
    return totals["orders"]

@bus.on("order")
def big_order(e):
    if e.data["amount"] > 100:
        return f"big order from {e.data['who'].title()}"

@bus.on("*")
def audit(e):
    return repr(e)

@bus.on("refund")
def refund(e):
    raise ValueError(f"refund of {e.data['amount']} not allowed")

for ev in [Event("order", who="ann lee", amount=50.0), Event("order", who="bob", amount=250.5),
           Event("refund", amount=10), Event("ping")]:
    print(bus.emit(ev))
print(totals)

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), [inc() for _ in range(3)], get())

def parse_config(text):
    result = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"line {lineno}: missing '='")
        key, value = key.strip().lower(), value.strip()
        if value.isdigit():
            value = int(value)
        elif value.lower() in ("true", "false"):
            value = value.lower() == "true"
        elif value.startswith('"') and value.endswith('"'):
            value = value[1:-1]
        result[key] = value
    return result

cfg = parse_config('''
# comment
Name = "demo app"
PORT = 8080
debug = TRUE   # inline
ratio = 0.5
''')
print(cfg, {k: type(v).__name__ for k, v in cfg.items()})
try:
    try:
        parse_config("a = 1\nbroken line")
    except ValueError as e:
        raise RuntimeError("config failed") from e
except RuntimeError as e:
    print(e, "<-", e.__cause__)
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, " ".join([w.capitalize() for w in words[:4]]), "-".join(reversed(words[:3])))
print("|".join([f"{w:^7}" for w in words[:3]]), words[-1].upper().center(9, "*"), "x".zfill(4), "a,b,,c".split(","), "  pad ".strip().rjust(6, "."))
sys.stdout.write("done\n")
print("error!", file=sys.stderr)
sys.exit(3)
