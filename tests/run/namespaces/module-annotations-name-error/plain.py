def read():
    try:
        return __annotations__
    except NameError as e:
        return f"NameError: {e}"

try:
    at_import = __annotations__
except NameError as e:
    at_import = f"NameError at import: {e}"

class Holder:
    try:
        seen = __annotations__
    except NameError as e:
        seen = f"NameError in class: {e}"
