# Imported by main and by second; its body must run only once.
print("loading first")
LOADED = "first"
