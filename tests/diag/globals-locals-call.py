# Checks that globals() and locals() are rejected: namespaces are not
# run-time dictionaries in typhon.
print(globals())  # error: [unsupported-feature]
def f():
    return locals()  # error: [unsupported-feature]
