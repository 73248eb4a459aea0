# Keyword-only parameters with and without defaults, defaults evaluated
# once at definition, and a shared mutable keyword-only default.
calls = 0


def next_default():
    global calls
    calls += 1
    return calls


def f(a, *, b=next_default(), c=[]):
    c.append(a)
    return a, b, c


print(f(1), f(2), f(3, c=[]), calls)
print(f.__kwdefaults__["b"], f.__defaults__)


def render(text, *, width=10, fill=" ", align="<"):
    return f"[{text:{fill}{align}{width}}]"


print(render("hi"), render("hi", width=5, align=">"), render("x", fill="*", align="^"))
f.__kwdefaults__ = {"b": 99, "c": []}
print(f(7))
