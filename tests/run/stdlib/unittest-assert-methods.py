# Checks unittest's assert methods called directly: the failure messages
# (reprs shortened, msg and longMessage, sets, counts, almost-equal places
# and delta, regexes, maxDiff truncation), assertRaises/assertWarns as a
# call and as a context manager (and its `exception`), and the TestCase,
# TestSuite, TestLoader and TestResult basics (ids, reprs, counts).
import unittest
import warnings


class Probe(unittest.TestCase):
    def runTest(self):
        pass

    def test_b(self):
        "First line.\n\n   More."

    def test_a(self):
        pass

    helper = 3


t = Probe()


def check(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print(label, "->", type(e).__name__)
        print(str(e))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)
    else:
        print(label, "passed")


check("eq int", t.assertEqual, 1, 2)
check("eq ok", t.assertEqual, [1, (2, 3)], [1, (2, 3)])
check("eq mixed types", t.assertEqual, 1, "1")
check("eq tuple", t.assertEqual, (1, 2, 3), (1, 2))
check("eq set", t.assertEqual, {1, 2, 3}, {2, 3, 4})
check("eq frozenset", t.assertEqual, frozenset([1]), frozenset())
check("eq one-line str", t.assertEqual, "hello world", "hello there")
check("eq long list", t.assertEqual, list(range(30)), list(range(29)) + [99])
check("ne", t.assertNotEqual, "a", "a")
check("true", t.assertTrue, [])
check("false", t.assertFalse, "x", "custom")
check("is", t.assertIs, None, 0)
check("is not", t.assertIsNot, t, t)
check("is none", t.assertIsNone, 5)
check("is not none", t.assertIsNotNone, None)
check("in", t.assertIn, "z", "abc")
check("not in", t.assertNotIn, 2, {1: "a", 2: "b"})
check("isinstance", t.assertIsInstance, 3, str)
check("not isinstance", t.assertNotIsInstance, 3, int)
check("less", t.assertLess, 3, 2)
check("less equal", t.assertLessEqual, 3, 2)
check("greater", t.assertGreater, 1, 2)
check("greater equal", t.assertGreaterEqual, 1, 2, "nope")
check("almost", t.assertAlmostEqual, 1.0, 1.1)
check("almost ok", t.assertAlmostEqual, 1.0, 1.00000001)
check("almost places", t.assertAlmostEqual, 1.0, 1.01, places=1)
check("almost delta", t.assertAlmostEqual, 10, 13, delta=2)
check("almost both", t.assertAlmostEqual, 1, 2, places=1, delta=1)
check("not almost", t.assertNotAlmostEqual, 1.0, 1.00000001)
check("not almost delta", t.assertNotAlmostEqual, 10, 11, delta=2)
check("count", t.assertCountEqual, [1, 1, 2, "a"], [1, 2, 2, "b"])
check("count ok", t.assertCountEqual, "abca", "aacb")
check("count unhashable", t.assertCountEqual, [[1], [2]], [[2], [3], [3]])
check("dict", t.assertDictEqual, {"k": 1}, [])
check("multiline", t.assertMultiLineEqual, "a\nb\n", "a\nc\n")
check("sequence", t.assertSequenceEqual, "abc", "abd")
check("list type", t.assertListEqual, (1,), [1])
check("regex", t.assertRegex, "hello", r"w\w+")
check("not regex", t.assertNotRegex, "hello world", r"w\w+")
check("fail", t.fail, "plain")
check("fail none", t.fail)

t.longMessage = False
check("short message", t.assertEqual, 1, 2, "only this")
check("short default", t.assertEqual, 1, 2)
t.longMessage = True

t.maxDiff = 20
check("truncated", t.assertEqual, list(range(10)), list(range(1, 11)))
t.maxDiff = None
check("not truncated", t.assertEqual, [1, 2], [1, 3])


def raiser(kind, text):
    raise kind(text)


check("raises call", t.assertRaises, ValueError, raiser, ValueError, "v")
check("raises call missing", t.assertRaises, ValueError, len, "abc")
check("raises call other", t.assertRaises, KeyError, raiser, IndexError, "i")
check("raises tuple", t.assertRaises, (KeyError, IndexError), raiser, IndexError, "i")
check("raises not a type", t.assertRaises, 3, len, "")
check("raises regex call", t.assertRaisesRegex, ValueError, "^ab", raiser, ValueError, "abc")
check("raises regex mismatch", t.assertRaisesRegex, ValueError, "^b", raiser, ValueError, "abc")

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print("exception:", type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
try:
    with t.assertRaises(TypeError, msg="with msg"):
        pass
except AssertionError as e:
    print("cm msg:", e)
try:
    with t.assertRaises(TypeError, bogus=1):
        pass
except TypeError as e:
    print("cm kwarg:", e)


def warner():
    warnings.warn("careful now", UserWarning)


check("warns call", t.assertWarns, UserWarning, warner)
check("warns missing", t.assertWarns, DeprecationWarning, warner)
check("warns regex", t.assertWarnsRegex, UserWarning, "care", warner)
check("warns regex mismatch", t.assertWarnsRegex, UserWarning, "xyz", warner)
with t.assertWarns(UserWarning) as wm:
    warner()
print("warning:", wm.warning)

print(str(t), repr(t), t.id())
b = Probe("test_b")
print(str(b), b.shortDescription(), Probe("test_a").shortDescription())
print(b == Probe("test_b"), b == t, hash(b) == hash(Probe("test_b")))
try:
    Probe("test_zzz")
except ValueError as e:
    print("ValueError:", e)

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Probe))
suite = loader.loadTestsFromTestCase(Probe)
print(suite.countTestCases(), suite)
suite.addTest(unittest.FunctionTestCase(lambda: None, description="fn test"))
print(suite.countTestCases())
try:
    suite.addTest(Probe)
except TypeError as e:
    print("TypeError:", e)
try:
    suite.addTests("abc")
except TypeError as e:
    print("TypeError:", e)
result = unittest.TestResult()
suite.run(result)
print(result, result.wasSuccessful(), result.testsRun, suite.countTestCases())
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Probe))
loader.testMethodPrefix = "run"
print(loader.getTestCaseNames(Probe))
print(unittest.TestSuite([Probe("test_a")]) == unittest.TestSuite([Probe("test_a")]))
fn_case = unittest.FunctionTestCase(warner)
print(str(fn_case), fn_case.id(), fn_case.shortDescription())
