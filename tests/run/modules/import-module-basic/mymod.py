# A plain module imported by main.py.
VERSION = "1.2"
def greet(who):
    return "hello from mymod, " + who
def add(a, b):
    return a + b
def square_all(values):
    res = []
    for v in values:
        res.append(v * v)
    return res
