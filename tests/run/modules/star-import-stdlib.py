# `from <stdlib module> import *` binds CPython's `__all__` of typhon's standard
# library modules (typing, collections, dataclasses, enum, functools, os.path,
# random, string), and the public names of modules without one (itertools,
# bisect).
from typing import *
from collections import *
from dataclasses import *
from enum import *
from functools import *
from os.path import *
from string import *
from itertools import *
from bisect import *
import math as _math


@dataclass
class Point:
    x: int
    y: int = 0


class Color(Enum):
    RED = auto()
    GREEN = auto()


def total(values: List[int]) -> Optional[int]:
    return reduce(lambda a, b: a + b, values) if values else None


print(Point(1, 2), fields(Point)[0].name, asdict(Point(3)))
print(Color.GREEN, Color.RED.value, list(Color))
print(total([1, 2, 3]), total([]))
print(Counter("abracadabra").most_common(2), deque([1, 2], maxlen=2))
print(OrderedDict(a=1), defaultdict(int)["k"], namedtuple("P", "a b")(1, 2))
print(join("a", "b"), basename("/x/y.txt"), splitext("f.tar.gz"))
print(ascii_lowercase[:5], digits, capwords("hello world"))
print(list(islice(count(5), 3)), list(chain([1], [2])), list(accumulate([1, 2, 3])))
print(bisect_left([1, 2, 4], 3), partial(max, 0)(-1), cmp_to_key is not None)
names = sorted(k for k in globals() if not k.startswith("_"))
print(len(names) > 80, "TypeVar" in names, "Callable" in names, "sys" in names)
