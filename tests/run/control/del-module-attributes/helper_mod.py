value = 42


def show():
    return "value is " + str(value)


def greet():
    return "hi"


def farewell():
    return "bye"


def call_greet():
    return greet()
