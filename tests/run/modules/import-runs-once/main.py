# Checks that a module body runs once, at its first import, in import
# order, even when several modules import it.
print("main starts")
import first
import second
import first
print("main sees", first.LOADED, second.LOADED)
