# string.Formatter: format/vformat with positional, keyword, automatic and
# nested fields, attribute and index lookups, conversions, parse() pieces,
# errors with CPython's messages, and subclasses overriding get_value,
# convert_field, format_field and check_unused_args.
import string

f = string.Formatter()
print(f.format("{0}{1}{0}", "a", "b"), f.format("{x:>{w}}|{y!r}", x=1, w=5, y="s"))
print(f.format("{} and {}", 1, 2.5), f.format("{:{}}|", "x", 4), f.format("{0:{1}.{2}f}", 3.14159, 8, 3))
print(f.format("{0.real} {0.imag} {1[1]} {2[key]} {3[0][1]}", 3 + 4j, [5, 6], {"key": "v"}, [[1, 2]]))
print(f.format("{!s} {!r} {!a}", "é", "é", "é"), f.format("{{literal}} {0}", 1), f.format(""))
print(f.vformat("{a}-{0}", (10,), {"a": "A"}))
for s in ["{a[}]}x", "a{{b}}c", "{0!r:>{1}}", "x{a.b[c]!s}", "{:{}}", "{0!:}", "{0:x{y}z}w", "plain", ""]:
    print(repr(s), list(f.parse(s)))
for s, args in [("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{2}", (1,)), ("{x}", ()), ("{0!z}", (1,)),
                ("{0:{1:{2}}}", (1, 2, 3)), ("{", ()), ("}", ()), ("{0!rr}", (1,)), ("{0[", (1,)),
                ("{0.}", (1,)), ("{0[0]x}", ([1],)), ("{0.nope}", (1,)), ("{0:d}", ("s",))]:
    try:
        print(repr(s), repr(f.format(s, *args)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(s), type(e).__name__, e)


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s?>" % key)
        return super().get_value(key, args, kwargs)


class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "money":
            return "$%.2f" % value
        return super().format_field(value, format_spec)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: %s" % sorted(unused))


print(Defaulting().format("{name} is {age} ({0})", "pos", name="Ann"))
print(Upper().format("{0!u} costs {1:money} / {1:>8}", "tea", 3.5))
print(Strict().format("{a}", a=1))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError", e)
print("Formatter" in string.__all__)
