value = "not a docstring"
"""too late to be one"""
