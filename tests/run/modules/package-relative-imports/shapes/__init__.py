# The package's own module: runs once, before its submodules.
NAME = "shapes package"
print("initialising", __name__)
