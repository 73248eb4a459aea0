# Checks sys.version_info, sys.float_info and sys.int_info: tuple behaviour,
# field attributes, read-only fields, and the values that do not depend on
# the CPython build (never the micro version).
import sys
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi >= (3, 8), vi < (4,), vi[0] == 3, len(vi))
print(isinstance(vi, tuple), type(vi).__name__ if False else "", vi.releaselevel)
major, minor, micro, level, serial = vi
print(major, minor, level, serial)
if sys.version_info < (3, 6):
    sys.exit("too old")
print(sys.float_info)
print(sys.int_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0])
print(sys.float_info.min * sys.float_info.epsilon)
print(sys.hexversion >> 16 == 0x030B, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.version[:4], sys.version.split()[0][:4])
print(hash(vi) == hash(tuple(vi)), tuple(vi)[:2], list(sys.int_info))
try:
    vi.nope
except AttributeError as e:
    print(e)
try:
    vi.major = 4
except AttributeError as e:
    print("AttributeError", type(e).__name__)
print(vi.count(3), vi.index(11))
print(sys.float_info.max_exp, sys.float_info.min_10_exp, sys.float_info.radix, sys.float_info.rounds, sys.float_info.mant_dig)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print(e)
print(type(sys.version_info))
try:
    type(sys.version_info)()
except TypeError as e:
    print(e)
