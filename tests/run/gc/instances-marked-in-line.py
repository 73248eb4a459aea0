# Checks that the collector keeps alive every word an instance or a long list
# holds while it walks them itself: raw float fields next to object fields,
# fields holding None / True / False / small and big ints, instances that
# moved to a dict, instances whose values outgrew their inline slots, a
# class defined in a function whose only references are its instances, and
# lists of several thousand instances (marked directly) churned by many
# collections.
import gc


class P:
    def __init__(self, i):
        self.x = i * 0.5
        self.y = -i / 3
        self.z = float(i) ** 0.5


class Mixed:
    def __init__(self, i):
        self.f = i * 1.25
        self.name = "m" + str(i)
        self.flag = i % 2 == 0
        self.none = None
        self.small = i
        self.big = 10**30 + i
        self.child = [i, str(i)]


def make_local_class():
    class Local:
        def __init__(self, v):
            self.v = [v] * 2
            self.w = None

    return [Local(i) for i in range(50)]


def churn():
    junk = 0
    for k in range(3000):
        junk += len([str(k)] * 3)
    return junk


points = [P(i) for i in range(5000)]
mixed = [Mixed(i) for i in range(3000)]
locals_ = make_local_class()

# Moved to a dict: a name added out of layout order, __dict__ asked for.
odd = Mixed(7)
del odd.name
odd.extra = "extra" + str(7)
odd.name = "again"
asked = Mixed(8)
d = asked.__dict__
asked.later = ["later"]

# Values outgrowing the inline slots: attributes added after construction.
grown = P(3)
for n in range(12):
    setattr(grown, "a%d" % n, "v" + str(n))

gc.collect()
churn()
gc.collect()
for round_ in range(4):
    points[round_ * 7] = P(round_ + 10000)
    mixed[round_ * 5] = Mixed(round_ + 20000)
    churn()
    gc.collect()

print(sum(p.x + p.y + p.z for p in points))
print(sum(len(m.name) + m.small + (m.big - 10**30) for m in mixed), sum(m.flag for m in mixed))
print(mixed[10].child, mixed[2999].child, mixed[0].none, mixed[15].flag)
print(type(locals_[0]).__name__, [loc.v for loc in locals_[:3]], locals_[49].w)
print(sorted(vars(odd).items(), key=lambda kv: kv[0])[:4], odd.extra, odd.name)
print(d["name"], asked.later, len(vars(asked)))
print([getattr(grown, "a%d" % n) for n in range(12)], grown.x)
