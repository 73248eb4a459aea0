# Checks break, continue and return inside `finally` bodies that run while
# another return, break or continue leaves the `try` (which loop they leave,
# which later finally bodies still run).
def a():
    for i in range(3):
        try:
            for j in range(3):
                return ("inner", i, j)
        finally:
            print("a finally", i)
            if i < 1:
                continue
            break
    return "a after loop"
print(a())

def b():
    out = []
    for i in range(4):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                out.append(i)
            finally:
                out.append("in")
        finally:
            out.append("out")
    return out
print(b())

def c():
    try:
        for i in range(3):
            try:
                return i
            finally:
                print("c inner", i)
                if i == 0:
                    continue
    finally:
        print("c outer")
print(c())

def d():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            try:
                return str(e)
            finally:
                print("d finally", e)
                break
    return "d broke"
print(d())

def e():
    i = 0
    while i < 5:
        i += 1
        try:
            try:
                if i % 2:
                    continue
                return i
            finally:
                if i == 2:
                    print("e swallow return at", i)
                    continue
        finally:
            print("e outer", i)
    return "e end"
print(e())

def f():
    try:
        try:
            raise KeyError("x")
        finally:
            return "f returned"
    finally:
        print("f outer")
print(f())

def g():
    for x in range(2):
        try:
            pass
        finally:
            for y in range(2):
                if y == 1:
                    break
                print("g", x, y)
    return "g"
print(g())

def h():
    try:
        return "try"
    finally:
        try:
            raise ValueError("inside finally")
        except ValueError as err:
            print("h handled", err)
print(h())
