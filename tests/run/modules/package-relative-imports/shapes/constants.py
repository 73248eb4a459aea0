# Values shared by the package's submodules.
PI = 3.14159
SIDES = {"square": 4, "triangle": 3}
