# Generators: gi_running, "generator already executing", __name__ and __qualname__.
def running():
    yield me.gi_running


me = running()
print(me.gi_running)
print(next(me))
print(me.gi_running)


def reenter():
    yield next(self_ref)


self_ref = reenter()
try:
    next(self_ref)
except ValueError as e:
    print("ValueError:", e)
print(next(self_ref, "finished by the error"))



def named():
    yield 1


n = named()
print(n.__name__, n.__qualname__)


def sender():
    x = yield 1
    yield sender_ref.send(x)


sender_ref = sender()
next(sender_ref)
try:
    sender_ref.send(5)
except ValueError as e:
    print("ValueError:", e)
