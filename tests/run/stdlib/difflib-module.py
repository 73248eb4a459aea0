# difflib: SequenceMatcher (ratios, blocks, opcodes, grouped opcodes, junk and
# autojunk), get_close_matches, ndiff/Differ, restore, unified_diff and
# context_diff, with CPython's errors.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
m = s.find_longest_match(0, 5, 0, 9)
print(m.a, m.b, m.size, m == (1, 0, 4))
# autojunk: popular elements of a long b
a = "x" * 100 + "abc" + "y" * 150
b = "y" * 150 + "abc" + "x" * 100
for auto in (True, False):
    s = difflib.SequenceMatcher(None, a, b, autojunk=auto)
    print(auto, sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 4))
s = difflib.SequenceMatcher(None, list(range(10)), [1, 2, 3, 40, 5, 6, 7, 8, 9, 10, 11, 12])
print(list(s.get_grouped_opcodes(1)))
print(difflib.SequenceMatcher(None, "", "").ratio())
s = difflib.SequenceMatcher()
s.set_seqs("hello world", "hallo word")
print(s.get_opcodes(), round(s.ratio(), 5))
s.set_seq1("hello")
print(s.get_opcodes())

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("lamda", ["lambda", "lama", "lamp", "lambada"], n=2, cutoff=0.5))
for args in ((0,), (3, 1.5)):
    try:
        difflib.get_close_matches("x", ["y"], *args)
    except ValueError as e:
        print("ValueError:", e)

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print("".join(result), end="")
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError:", e)
print(list(difflib.ndiff(["a\tb\n", "same\n"], ["a\tc\n", "same\n", "new\n"])))
print(list(difflib.ndiff(["abc\n", "xyz\n"], ["completely\n", "other\n", "things\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("x"))

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end="")
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end="")
for line in difflib.unified_diff(["one", "two", "three"], ["one", "2", "three"], "a", "b",
                                 "2005-01-26 23:30:50", "2010-04-02 10:20:52", lineterm=""):
    print(line)
lines_a = ["line %d\n" % i for i in range(30)]
lines_b = list(lines_a)
lines_b[3] = "changed 3\n"
del lines_b[15]
lines_b.insert(25, "inserted\n")
print(''.join(difflib.unified_diff(lines_a, lines_b, n=2)), end="")
print(''.join(difflib.context_diff(lines_a, lines_b, n=1)), end="")
print(''.join(difflib.unified_diff([], ["new\n"])), end="")
print(''.join(difflib.context_diff(["old\n"], [])), end="")
print(list(difflib.unified_diff(["same\n"], ["same\n"])))
try:
    list(difflib.unified_diff([b"x"], [b"y"]))
except TypeError as e:
    print("TypeError:", e)
try:
    list(difflib.unified_diff(["x"], ["y"], fromfile=1))
except TypeError as e:
    print("TypeError:", e)
