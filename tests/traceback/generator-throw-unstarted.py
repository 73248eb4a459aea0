# An exception thrown into a generator that has not started: raised at its def line.
def worker():
    yield 1


w = worker()
w.throw(KeyError("early"))
