from .wav import HEADER


def decode(name):
    return HEADER + "mp3:" + name
