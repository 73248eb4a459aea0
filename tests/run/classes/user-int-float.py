# int() and float() of user objects: __int__, __float__, the __index__ fallback, and the checks on what they return
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)

n = Num(-2.567)
print(int(n), float(n), int(Num(7)), float(Num(3)), int(Num("12")))

class OnlyIndex:
    def __index__(self):
        return 5
print(int(OnlyIndex()), float(OnlyIndex()))

class Bad:
    def __int__(self):
        return "3"
    def __float__(self):
        return 3
for attempt in [lambda: int(Bad()), lambda: float(Bad())]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)

class Nothing:
    pass
for attempt in [lambda: int(Nothing()), lambda: float(Nothing())]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)

class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees
    def __float__(self):
        return self.degrees * 1.0
    def __int__(self):
        return round(self.degrees)
temps = [Celsius(21.6), Celsius(-3.2)]
print([int(t) for t in temps], sum(float(t) for t in temps), f"{float(temps[0]):.1f}")
