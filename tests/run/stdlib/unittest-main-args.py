# Checks unittest.main reading the command line (-v, -k, a class name),
# setUpModule/tearDownModule around the module's tests, and
# main(argv=..., exit=False) returning the program with its result.
import unittest


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class Words(unittest.TestCase):
    def test_alpha(self):
        print("alpha ran")

    def test_alphabet(self):
        print("alphabet ran")

    def test_beta(self):
        print("beta ran")


class Other(unittest.TestCase):
    def test_alpha_other(self):
        print("other alpha ran")

    def test_gamma(self):
        print("gamma ran")


if __name__ == "__main__":
    prog = unittest.main(argv=["prog", "Other", "Words.test_beta"], exit=False)
    print(prog.result.wasSuccessful(), prog.result.testsRun, prog.verbosity)
    unittest.main()
    print("not reached")
