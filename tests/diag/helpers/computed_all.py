# A module whose `__all__` is computed, for the diagnostic test import-star.
__all__ = ["alpha"]
__all__ += ["beta"]
alpha = 1
beta = 2
