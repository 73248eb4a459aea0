# vars(obj): an instance's live __dict__, a class's namespace copy, TypeError for objects without __dict__
class Point:
    kind = 'pt'
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
d = vars(p)
print(d, d is vars(p))
d['z'] = 3
print(p.z, sorted(vars(p)))
p.w = 4
print(vars(p))
print(sorted(k for k in vars(Point) if not k.startswith('__')), vars(Point)['kind'])
for obj in [1, 'text', [1], None]:
    try:
        vars(obj)
    except TypeError as e:
        print(type(obj).__name__, e)
def shadow():
    vars = lambda o: 'user vars'
    return vars(p)
print(shadow())
