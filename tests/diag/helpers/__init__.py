# Makes `helpers` a package for the diagnostic tests that import from it.
