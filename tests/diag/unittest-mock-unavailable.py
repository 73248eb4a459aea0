# Checks that `unittest.mock`, which typhon does not provide, is an
# `unavailable-module` error however it is imported, while `unittest` compiles.
import unittest
import unittest.mock  # error: [unavailable-module]
from unittest import mock  # error: [unavailable-module]
from unittest.mock import patch  # error: [unavailable-module]
print(unittest, mock, patch)
