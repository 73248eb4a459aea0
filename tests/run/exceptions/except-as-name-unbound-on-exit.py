# Checks that the name bound by `except ... as name` is unbound however the
# clause ends (normally, by break/continue/return, or by raising), and that
# a clause deleting the name itself is fine.
for i in range(1):
    try:
        raise ValueError("v")
    except ValueError as e:
        break
try:
    print(e)
except NameError as err:
    print("NameError", err)
def f():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as k:
            if i == 0:
                continue
            break
    try:
        return k
    except UnboundLocalError as err:
        return str(err)
print(f())
def g():
    try:
        try:
            raise ValueError("x")
        except ValueError as v:
            raise TypeError("y")
    except TypeError:
        pass
    try:
        return v
    except UnboundLocalError as err:
        return str(err)
print(g())
def h():
    for i in range(1):
        try:
            raise ValueError("x")
        except ValueError as v:
            try:
                continue
            finally:
                print("inner finally sees", v)
    try:
        return v
    except UnboundLocalError as err:
        return str(err)
print(h())
try:
    raise ValueError
except ValueError as e:
    del e
print("ok")
def deletes_itself():
    try:
        raise ValueError
    except ValueError as e:
        del e
    return 1
print(deletes_itself())
