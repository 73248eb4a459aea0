# A helper module for the diagnostic tests that import from it.
def area(w, h):
    return w * h
