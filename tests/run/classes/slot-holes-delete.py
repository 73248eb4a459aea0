# A loop body reading several fields of instances checks them all at
# once; an attribute deleted before the last one leaves an empty slot
# below the instance's last filled one, which the check must still see
# (AttributeError partway through, then the value stored again), while
# the other instances keep running the loop.


class P:
    def __init__(self, x, y, z, tag):
        self.x = x
        self.y = y
        self.z = z
        self.tag = tag


def copy_into(dst, srcs):
    for p in srcs:
        dst.x = p.x
        dst.y = p.y
        dst.z = p.z
        dst.tag = p.tag


def show(p):
    print(p.x, p.y, p.z, p.tag)


ps = [P(1.0, 2.0, 3.0, "a"), P(4.0, 5.0, 6.0, "bb"), P(7.0, 8.0, 9.0, "ccc")]
d = P(0.0, 0.0, 0.0, "")
copy_into(d, ps)
show(d)
del ps[1].y
try:
    copy_into(d, ps)
except AttributeError as e:
    print("AttributeError:", e)
show(d)
ps[1].y = "again"
copy_into(d, ps[:2])
show(d)
del ps[2].x
del ps[2].z
try:
    copy_into(d, ps)
except AttributeError as e:
    print("AttributeError:", e)
show(d)
ps[2].z = None
ps[2].x = -1
copy_into(d, reversed(ps))
show(d)
copy_into(d, ps)
show(d)
