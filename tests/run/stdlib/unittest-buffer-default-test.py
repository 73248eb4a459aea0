# Checks unittest's buffer mode (a test's output kept, and shown after its
# failure block only when it failed), main's defaultTest (one name or a list)
# with argv, -q and a testRunner given as an instance or a class.
import io, re, sys, unittest
class B(unittest.TestCase):
    def test_quiet(self):
        print("hidden output")
    def test_loud(self):
        print("shown because failed")
        print("err text", file=sys.stderr)
        self.fail("x")
    def test_other(self):
        pass
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, buffer=True).run(unittest.defaultTestLoader.loadTestsFromTestCase(B))
print(re.sub(r"\d+\.\d\d\ds", "T", re.sub(r'File "[^"]*/', 'File "', stream.getvalue())))
p = unittest.main(defaultTest="B.test_other", argv=["x", "-q"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(p.result)
p = unittest.main(defaultTest=["B.test_other", "B.test_quiet"], argv=["x"], exit=False, testRunner=unittest.TextTestRunner)
print(p.result.testsRun)
