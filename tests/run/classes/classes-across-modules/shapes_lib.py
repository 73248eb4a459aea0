class LibError(Exception):
    pass


class Base:
    def __init__(self, n):
        self.n = n

    def double(self):
        return self.n * 2
