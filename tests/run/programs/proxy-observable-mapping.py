# A read-only proxy through __getattr__/__setattr__, an observable mapping class (dict(m) uses keys()), an enum-like class with classmethods
class ReadOnly:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        value = getattr(self._target, name)
        if callable(value):
            def wrapped(*args, **kwargs):
                print(f"  call {name}{args}")
                return value(*args, **kwargs)
            return wrapped
        return value
    def __setattr__(self, name, value):
        raise AttributeError(f"read-only: cannot set {name}")
    def __repr__(self):
        return f"ReadOnly({self._target!r})"

class Account:
    def __init__(self, owner, balance):
        self.owner, self.balance = owner, balance
    def summary(self, currency="EUR"):
        return f"{self.owner}: {self.balance} {currency}"
    def __repr__(self):
        return f"Account({self.owner!r})"

ro = ReadOnly(Account("ann", 10))
print(ro.owner, ro.summary(), ro.summary(currency="USD"), ro)
try:
    ro.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    ro.missing
except AttributeError as e:
    print("AttributeError:", e)

class Observable:
    def __init__(self, **initial):
        self._data = dict(initial)
        self._watchers = []
    def watch(self, fn):
        self._watchers.append(fn)
        return fn
    def __setitem__(self, key, value):
        old = self._data.get(key)
        self._data[key] = value
        for fn in self._watchers:
            fn(key, old, value)
    def __getitem__(self, key):
        return self._data[key]
    def __delitem__(self, key):
        del self._data[key]
        for fn in self._watchers:
            fn(key, None, None)
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)
    def keys(self):
        return self._data.keys()
    def get(self, key, default=None):
        return self._data.get(key, default)

obs = Observable(a=1)
changes = []
@obs.watch
def log_change(key, old, new):
    changes.append(f"{key}: {old} -> {new}")
obs["a"] = 2
obs["b"] = 3
del obs["a"]
print(changes, len(obs), list(obs), "b" in obs, "a" in obs, obs.get("zz", 0), dict(obs), {**obs})
try:
    obs["nope"]
except KeyError as e:
    print("KeyError:", e)

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
    @classmethod
    def all(cls):
        return [v for k, v in cls.__dict__.items() if k.isupper()]
    @classmethod
    def parse(cls, text):
        for value in cls.all():
            if value == text.lower():
                return value
        raise ValueError(f"{text!r} is not a valid {cls.__name__}")
print(Color.all(), Color.parse("GREEN"))
try:
    Color.parse("pink")
except ValueError as e:
    print("ValueError:", e)
