print("helper_mod runs")
VALUE = 42
