HEADER = "<audio>"


def decode(name):
    return HEADER + "wav:" + name
