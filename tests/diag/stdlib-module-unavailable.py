# Checks that a standard-library module typhon does not provide yet is an
# `unavailable-module` error, not an unresolved import.
import sqlite3  # error: [unavailable-module]
print(sqlite3)
