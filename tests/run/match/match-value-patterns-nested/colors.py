RED = "red"
GREEN = 2
class_name = "x"
