# print writes the pieces before an argument whose str() raises, as CPython does.
try:
    print("a", 10**5000, sep="-")
except ValueError as e:
    print("|", e)
print("b", 10**5000)
