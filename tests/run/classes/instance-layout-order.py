# Instance attributes in shared-key layouts: __dict__ contents and order after
# different insertion orders, deletions and re-additions, many attributes,
# and instances of one class that diverge from each other.


class P:
    def __init__(self, flip):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2


first = P(False)
second = P(True)
third = P(False)
print(first.__dict__, second.__dict__, third.__dict__)
print(first.a, first.b, second.a, second.b, third.a, third.b)

# A later attribute on one instance only.
third.c = 3
print(third.__dict__, first.__dict__)
fourth = P(False)
fourth.d = 4
fourth.c = 5
print(fourth.__dict__)


class Q:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


q = Q()
del q.y
print(q.__dict__)
q.y = 20
print(q.__dict__, q.x, q.y, q.z)
r = Q()
del r.z
r.z = 30
print(r.__dict__)
s = Q()
del s.x
del s.y
del s.z
print(s.__dict__)
s.z = 1
s.x = 2
print(s.__dict__)
try:
    del s.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.y)
except AttributeError as e:
    print("AttributeError:", e)

# Deleting the last attribute and adding it again keeps the layout order.
t = Q()
del t.z
t.z = 300
t.w = 400
print(t.__dict__)


class Bag:
    pass


bags = []
for n in range(3):
    bag = Bag()
    for i in range(40):
        setattr(bag, "k" + str((i * 7 + n) % 40), i)
    bags.append(bag)
for bag in bags:
    print(list(bag.__dict__.items())[:5], len(bag.__dict__), bag.k0, bag.k39)

many = Bag()
for i in range(35):
    setattr(many, "a" + str(i), i * i)
print(sum(getattr(many, "a" + str(i)) for i in range(35)), list(many.__dict__)[30:])
many.a3 = -1
del many.a4
print(many.a3, hasattr(many, "a4"), len(many.__dict__))

# Attributes set from outside, in another order than the class saw first.
x = Bag()
x.one = 1
x.two = 2
y = Bag()
y.two = 2
y.one = 1
z = Bag()
z.one = 10
print(x.__dict__, y.__dict__, z.__dict__)
z.three = 3
z.two = 20
print(z.__dict__)
