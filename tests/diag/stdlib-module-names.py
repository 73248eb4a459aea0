# Checks that any module of CPython 3.11's standard library typhon does not
# provide is reported as unavailable, not as a module found nowhere.
import tkinter  # error: [unavailable-module]
import turtle  # error: [unavailable-module]
from sqlite3 import dbapi2  # error: [unavailable-module]
print(tkinter, turtle, dbapi2)
