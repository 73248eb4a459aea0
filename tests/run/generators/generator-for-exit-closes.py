# Generators: a for loop left early closes the fresh generator it iterates, in CPython's order.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


for x in gen("break"):
    print("body", x)
    break
print("after break")


def find():
    for x in gen("return"):
        if x == 1:
            return "found"
    return "missing"


print(find())
print("after return")

try:
    for x in gen("exception"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

for x in gen("exhausted"):
    pass
print("after exhaustion")

for x in gen("continue"):
    if x == 1:
        continue
    print("body", x)
print("after continue")

named = gen("named")
for x in named:
    break
print("a named generator stays open")
named.close()

for x in (y * 10 for y in gen("genexp")):
    print("genexp item", x)
    break
print("after genexp break")


def outer():
    for x in gen("nested"):
        yield x


o = outer()
print(next(o))
o.close()
print("after nested close")

for i in range(2):
    for x in gen("inner loop %d" % i):
        break
    print("outer iteration", i)


def try_in_loop():
    for x in gen("try"):
        try:
            return x
        finally:
            print("inner finally first")


print(try_in_loop())


def with_nested_generator():
    def local_gen():
        try:
            yield "local"
        finally:
            print("finally local")
    for item in local_gen():
        print(item)
        break
    print("after local break")


with_nested_generator()
