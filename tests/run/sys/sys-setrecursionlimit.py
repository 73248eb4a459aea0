# Checks sys.setrecursionlimit: raising the limit allows deeper recursion
# than the default 1000, and lowering it makes shallow recursion fail.
import sys
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
try:
    depth(5000)
except RecursionError:
    print("5000 deep fails at the default limit")
sys.setrecursionlimit(10000)
print("with limit 10000:", depth(5000))
sys.setrecursionlimit(100)
print("with limit 100:", depth(10))
try:
    depth(500)
except RecursionError as e:
    print("500 deep fails at limit 100:", e)
sys.setrecursionlimit(1000)
print(depth(900))
