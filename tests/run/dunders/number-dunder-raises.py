# int() and float() of an instance whose __int__ / __float__ raises propagate the exception (the runtime once crashed checking the missing result's type)
class Raising:
    __slots__ = ('why',)

    def __init__(self, why):
        self.why = why

    def __int__(self):
        raise ValueError('no int: ' + self.why)

    def __float__(self):
        raise OverflowError('no float: ' + self.why)


for f in [lambda: int(Raising('a')), lambda: float(Raising('b')), lambda: [int(Raising(str(i))) for i in range(2)]]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
