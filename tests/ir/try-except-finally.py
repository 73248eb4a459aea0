# Checks the IR of try/except/else/finally: the handler matching the
# exception type, the else block, and finally on every way out.
def safe_div(a, b):
    try:
        res = a // b
    except ZeroDivisionError as err:
        print("error", err)
        res = 0
    else:
        print("ok")
    finally:
        print("done")
    return res


print(safe_div(7, 2))
