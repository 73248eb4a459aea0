# Functions imported from other modules (directly or re-exported) and
# called by name or as `m.f(...)`, in a program whose `setattr` with a
# computed name may rebind any module global: calls see the rebinding.
import sys
import lib
import relay
from relay import thrice, count_up as up

names = ["triple", "thrice"]


def show(label):
    print(label, lib.triple(2), relay.thrice(3), thrice(4), list(up(3)), list(lib.count_up(5, 3)))


show("before")
setattr(lib, names[0], lambda x: "lib " + str(x))
show("lib rebound")
setattr(sys.modules[__name__], names[1], lambda x: "main " + str(x))
show("main rebound")
setattr(relay, names[1], lambda x: "relay " + str(x))
show("relay rebound")
