"""Python unit testing framework, as CPython 3.11's `unittest`:
`TestCase` with its fixtures, assert methods and subtests, the skip
decorators, `TestSuite`, `TestLoader`, `TestResult`, `TextTestRunner`
and `main`, with CPython's output. typhon does not provide
`unittest.mock`, `IsolatedAsyncioTestCase`, `assertLogs`, test discovery
or the `-c` (catch Ctrl-C) handler (see docs/unsupported.md)."""

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext', 'getTestCaseNames', 'makeSuite',
           'findTestCases']

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                   skipUnless, expectedFailure, doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult


def installHandler():
    raise NotImplementedError("unittest: installHandler is not supported by typhon")


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    if method is not None:
        return method
    return None


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    from .util import three_way_cmp
    return _makeLoader(prefix, sortUsing or three_way_cmp,
                       testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=TestSuite):
    from .util import three_way_cmp
    return _makeLoader(prefix, sortUsing or three_way_cmp,
                       suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=TestSuite):
    from .util import three_way_cmp
    return _makeLoader(prefix, sortUsing or three_way_cmp,
                       suiteClass).loadTestsFromModule(module)
