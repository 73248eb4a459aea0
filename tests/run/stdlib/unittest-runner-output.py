# Checks unittest's TextTestRunner output (captured in a StringIO, with the
# run time and file paths normalised): dots and verbose lines, the failure
# blocks with their tracebacks (assert-method frames dropped), list, dict
# and multi-line str diffs, subtests, skips, expected failures, class
# fixtures and their failures, clean-ups, failfast and the summary line.
import io
import re
import unittest


def run(*classes, verbosity=1, failfast=False, names=None):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for cls in classes:
        if names is None:
            suite.addTests(loader.loadTestsFromTestCase(cls))
        else:
            for name in names:
                suite.addTest(cls(name))
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity, failfast=failfast)
    result = runner.run(suite)
    text = stream.getvalue()
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d\d\ds", r"Ran \1 tests in T", text)
    text = re.sub(r'File "[^"]*/([^/"]+\.py)"', r'File "\1"', text)
    print(text, end="")
    print("->", result, result.wasSuccessful())
    print()


def helper(x):
    if x == 0:
        raise ZeroDivisionError("x is zero")
    return 10 // x


class Basic(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 + 2, 4)

    def test_list_diff(self):
        self.assertEqual([1, 2, 3, "four"], [1, 2, 5, "four", 6])

    def test_dict_diff(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": None})

    def test_str_diff(self):
        self.assertEqual("alpha\nbeta\ngamma\n", "alpha\nbeta!\ngamma\n")

    def test_error_in_helper(self):
        helper(0)

    def test_with_msg(self):
        self.assertTrue(0, "zero is falsy")

    def test_long_repr(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")

    def test_tuple_vs_list(self):
        self.assertSequenceEqual((1, 2), [1, 2])


class Sub(unittest.TestCase):
    def test_numbers(self):
        """Checks numbers below three."""
        for i in range(5):
            with self.subTest(i=i):
                if i == 4:
                    raise KeyError(i)
                self.assertLess(i, 3)

    def test_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.fail("inner failed")
            with self.subTest():
                self.assertIn(5, [1, 2])


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        print("not run")


class Marks(unittest.TestCase):
    @unittest.skipIf(True, "condition held")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_skip_unless(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_skip_test(self):
        self.skipTest("skipped inside")


events = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.shared = [1]

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_one(self):
        self.shared.append(2)

    def test_two(self):
        self.assertEqual(self.shared, [1, 2])

    def test_three(self):
        raise RuntimeError("boom")


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("no fixture")

    def test_never(self):
        print("never")


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("setUp broke")

    def tearDown(self):
        print("tearDown not run after a failed setUp")

    def test_x(self):
        pass


class FailingCleanup(unittest.TestCase):
    def test_cleanup_raises(self):
        def bad():
            raise ValueError("in cleanup")
        self.addCleanup(bad)


class Chained(unittest.TestCase):
    def test_cause(self):
        try:
            {}.pop("missing")
        except KeyError as e:
            raise RuntimeError("lookup failed") from e

    def test_assert_in_except(self):
        try:
            int("x")
        except ValueError:
            self.assertEqual(1, 2)


run(Basic)
run(Sub, verbosity=2)
run(Skipped, Marks, verbosity=2)
run(Marks)
run(Fixtures, verbosity=2)
print(events)
run(BadSetUpClass, BadSetUp, FailingCleanup)
run(Chained)
run(Basic, failfast=True, names=["test_ok", "test_list_diff", "test_dict_diff"])
run(Basic, verbosity=0, names=["test_ok"])
