# Imports first again, which is already loaded.
print("loading second")
import first
LOADED = "second after " + first.LOADED
