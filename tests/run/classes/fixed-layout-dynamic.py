# Instance attributes where a program reaches them by computed names and
# through __dict__ (the compiler fixes no layout then): float values in
# vars() and __dict__, setattr/getattr by computed names, attributes set
# in different orders, deleted and re-added, and __dict__ replaced.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, d):
        self.x += d
        self.y -= d


p = P(1.5, -2.25)
p.move(0.25)
print(vars(p), p.__dict__)
for name in ["x", "y"]:
    setattr(p, name, getattr(p, name) * 2.0)
print(vars(p))
setattr(p, "x", "not a float")
print(p.x, vars(p))
del p.y
print(vars(p), hasattr(p, "y"))
p.y = 0.5
print(list(vars(p)))
q = P(0.0, -0.0)
q.__dict__["z"] = 3.0
print(q.z, vars(q))
q.__dict__ = {"x": 9.5}
print(q.x, hasattr(q, "y"))
r = P(1.0, 2.0)
name = "w" + "eight"
setattr(r, name, 70.5)
print(r.weight, sorted(vars(r).items()))
