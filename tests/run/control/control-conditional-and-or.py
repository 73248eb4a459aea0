# Checks conditional expressions and that `and`/`or` return one of their
# operands (not a bool), short-circuiting the right side.
def loud(value):
    print("evaluated", value)
    return value
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
print(0 or "default", "" or [] or "last", 3 or 4, None or 0)
print(1 and "yes", 0 and "never", "a" and "b" and "c", [] and 1)
print(loud(0) and loud(1))
print(loud(2) or loud(3))
print(not 0, not "x", (x > 1) and (x < 10))
name = ""
shown = name or "anonymous"
print(shown)
grade = "A" if x >= 9 else "B" if x >= 5 else "C"
print(grade)
