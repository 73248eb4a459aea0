count: int = 3
if count:
    label: str

def read():
    return __annotations__
