# A function imported under a builtin's name: calls made before the import
# ran call the builtin.
def early(xs):
    return max(xs)


print(early([3, 9, 4]))
from helper import twice as max
print(early([3, 9, 4]))
