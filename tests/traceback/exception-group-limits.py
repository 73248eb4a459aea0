# Checks the limits of the 3.11 exception group printer: at most 15
# members per group ("and N more exceptions") and 10 levels of nesting
# ("... (max_group_depth is 10)").
def deep(level):
    if level == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {level}", [deep(level - 1), KeyError(level)])


wide = ExceptionGroup("wide", [IndexError(i) for i in range(17)])
raise ExceptionGroup("limits", [wide, deep(12)])
