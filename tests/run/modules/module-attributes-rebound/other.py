LIMIT = "other limit"


def double(x):
    return "other double of " + str(x)
