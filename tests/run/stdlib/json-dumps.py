# json.dumps: scalars, subclasses, non-str keys, indent/separators/sort_keys, ensure_ascii, errors
import json

class I(int):
    def __repr__(self):
        return "I!"

class F(float):
    def __repr__(self):
        return "F!"

class S(str):
    pass

print(json.dumps([I(3), F(1.5), S("x"), True, False, None, 1e100, 1e-7, 0.1, -0.0, 10**30,
                  float('nan'), -float('inf'), float('inf'), (1, 2), {}, [], ()]))
keys = {1: 2, 1.5: 3, True: 4, None: 5, False: 6, "s": 7, I(9): 1, -2.0: 0}
print(json.dumps(keys))
print(json.dumps(keys, indent=1))
data = {"b": [1, {"c": []}, {}], "a": ("x", 2.0), "z": {"y": None}}
for kw in [dict(indent=2), dict(indent="\t"), dict(indent=0), dict(indent=""),
           dict(separators=(',', ':')), dict(sort_keys=True, indent=3),
           dict(indent=2, separators=(', ', ' = '))]:
    print(kw, json.dumps(data, **kw))
text = "é\U0001F600\x7f\x00\x1f\"\\\b\f\n\r\t/\u2028" + chr(0xd800)
print(json.dumps(text))
print(ascii(json.dumps(text, ensure_ascii=False)))
print(json.dumps({"é": ["ü"]}), json.dumps({"é": ["ü"]}, ensure_ascii=False))
print(json.dumps("plain"), json.dumps(S("sub")), json.dumps(""))
cases = [({(1, 2): 3}, {}), ({(1, 2): 3}, {"indent": 1}), ({(1, 2): 3, 'a': 1}, {"skipkeys": True}),
         ({(1, 2): 3}, {"skipkeys": True, "indent": 2}),
         (float('nan'), {"allow_nan": False}), ([float('inf')], {"allow_nan": False, "indent": 1}),
         ({1: float('inf')}, {"allow_nan": False}), (object, {}), ({"a": {1, 2}}, {"indent": 2}),
         ({1: 2, 'a': 3}, {"sort_keys": True}), (b'x', {}), ({"b": 1, "a": 2, "c": 0}, {"sort_keys": True})]
for obj, kw in cases:
    try:
        print(json.dumps(obj, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

a = []
a.append(a)
d = {}
d['x'] = [d]
for obj, kw in [(a, {}), (a, {"indent": 1}), (d, {})]:
    try:
        json.dumps(obj, **kw)
    except ValueError as e:
        print(type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"no {type(o).__name__}")

print(json.dumps([Point(1, 2), {3, 1, 2}], default=default))
print(json.dumps({"p": Point(0.5, [Point(1, 1)])}, default=default, indent=2))
try:
    json.dumps([Point(1, 2), 1j], default=default)
except TypeError as e:
    print(e)

def selfish(o):
    return o
try:
    json.dumps(Point(1, 2), default=selfish)
except ValueError as e:
    print(e)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({"pts": [Point(1, 2)]}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(3, 4)]))
try:
    json.dumps(1j, cls=PointEncoder)
except TypeError as e:
    print(e)
enc = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(enc.encode({"b": 1, "a": [1, 2]}), ''.join(enc.iterencode([1, "two"])))
print(enc.item_separator, enc.key_separator, json.JSONEncoder().item_separator)
print(json.dumps(json.loads('[1.0, 1E5, -0, -0.0, 12345678901234567890, 1.7976931348623157e309]')))
big = {"k%d" % i: [i, str(i), i * 0.5, i % 2 == 0, None] for i in range(5)}
assert json.loads(json.dumps(big)) == big
print(json.dumps(big, sort_keys=True)[:80])
