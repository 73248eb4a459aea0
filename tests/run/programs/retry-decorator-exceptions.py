# A retry decorator with continue inside try/finally, exception chaining and context, finally with return, NotImplemented fallbacks, bare raise; ends with an uncaught chained KeyError
class TransientError(Exception):
    pass
class Service:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0
    def fetch(self, key):
        self.calls += 1
        if self.calls <= self.failures:
            raise TransientError(f"attempt {self.calls} failed")
        return {"key": key, "calls": self.calls}
def retry(times):
    def deco(fn):
        def wrapper(*a, **kw):
            last = None
            for i in range(times):
                try:
                    return fn(*a, **kw)
                except TransientError as e:
                    last = e
                    print(f"  retry {i + 1}/{times}: {e}")
                    continue
                finally:
                    print("  attempt done")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco
svc = Service(2)
@retry(3)
def get(k):
    return svc.fetch(k)
print(get("a"))
svc2 = Service(5)
@retry(2)
def get2(k):
    return svc2.fetch(k)
try:
    get2("b")
except RuntimeError as e:
    print(e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("g finally", i)
    return i
print(f(), g())
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v == o.v
    def __lt__(self, o): return self.v < o.v
a, b = V(1), V(2)
print(a == V(1), a != V(1), a == 1, 1 == a, a != "x", b > a, a < b)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
d = {}
try:
    d["missing"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(type(e.__context__).__name__, e.__suppress_context__)
try:
    [].pop()
except (IndexError, KeyError) as e:
    print(type(e).__name__, e)
def reraise():
    try:
        int("x")
    except ValueError:
        print("logging then re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer", e)
raise KeyError("final") from TransientError("root")
