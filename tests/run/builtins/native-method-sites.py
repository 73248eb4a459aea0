# Method calls on built-in receivers through a site's cached native
# method: the same site seeing str, list, dict and set receivers, user
# subclasses that override (or inherit) the method, wrong argument counts
# and types, keyword arguments, and receivers of unknown kind.


class Shout(str):
    def upper(self):
        return "shout:" + str.upper(self)


class Quiet(str):
    pass


class Log(list):
    def append(self, item):
        list.append(self, ("logged", item))


class Defaulting(dict):
    def get(self, key, default=None):
        return dict.get(self, key, "fallback")


def call_upper(values):
    # One site, several receiver types in turn.
    return [v.upper() for v in values]


def call_append(target, items):
    for item in items:
        target.append(item)
    return target


def call_get(d, key):
    return d.get(key, 0)


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


print(call_upper(["ab", Shout("cd"), Quiet("ef"), "gh", Shout("ij")]))
print(call_append([], [1, 2]), call_append(Log(), [1, 2]), call_append([0], "xy"))
print(call_get({"a": 1}, "a"), call_get({}, "a"), call_get(Defaulting(), "a"), call_get({"b": 2}, "b"))

words = []
for s in ["a b", " c  d ", "e"]:
    words.extend(s.split())
print(words, "-".join(words), "x,y,,z".split(","), "x,y,z".split(",", 1))
print("k=v=w".partition("="), "abc".startswith(("x", "a")), "  pad ".strip(), "..a..".strip("."))
print({1, 2}.union([3]), sorted({"b", "a"}.intersection("abc")))

# Wrong argument counts and types raise CPython's messages.
attempt(lambda: "abc".upper(1))
attempt(lambda: "abc".split(1))
attempt(lambda: "abc".split(",", 1, 2))
attempt(lambda: "abc".startswith())
attempt(lambda: "abc".startswith(1))
attempt(lambda: "abc".join([1]))
attempt(lambda: "abc".strip(1, 2))
attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: [].append(x=1))
attempt(lambda: {}.get())
attempt(lambda: {}.get(1, 2, 3))
attempt(lambda: {}.get([]))
attempt(lambda: set().add([]))
attempt(lambda: "abc".nosuch())
attempt(lambda: Shout("q").upper())

# Keyword arguments go through the same site.
print("a b  c".split(sep=" "), "a b c".split(maxsplit=1), sorted([3, 1, 2], reverse=True))
attempt(lambda: "a b".split(nope=1))

# Receivers whose kind is unknown: whatever a function returns.
def anything(i):
    return ["s t", [1], {"k": 2}, {3}, Shout("u"), 7][i]


for i in range(6):
    value = anything(i)
    attempt(lambda: value.upper() if i in (0, 4) else value.copy())
    attempt(lambda: value.split())

# Calling through the type: a wrong receiver is a descriptor error.
attempt(lambda: str.upper(1))
attempt(lambda: list.append({}, 1))
attempt(lambda: dict.get([], 1))
attempt(lambda: str.upper())
