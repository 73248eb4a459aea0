# Checks unittest.main() running the module's tests: what the tests print
# goes to stdout, the report to stderr, SystemExit(True) (status 1) when a
# test failed, and a test's exit status not ending the run.
import sys
import unittest


class Checks(unittest.TestCase):
    def setUp(self):
        print("setUp", self.id())

    def test_passes(self):
        self.assertEqual(sorted([3, 1, 2]), [1, 2, 3])

    def test_fails(self):
        self.assertIn("x", ["a", "b"])

    def test_errors(self):
        raise RuntimeError("broken")

    def test_sys_exit(self):
        sys.exit(3)

    @unittest.skip("later")
    def test_skipped(self):
        pass


class Empty(unittest.TestCase):
    pass


try:
    unittest.main()
except SystemExit as e:
    print("SystemExit", repr(e.code))
    raise
