# Class body scoping: names read in the body see earlier body names then globals; methods do not see body names; docstrings; class decorators; classes in functions.
scale = 10


class Config:
    """Settings holder."""
    scale = 2
    doubled = scale * 2
    from_global = len("abc")
    names = []
    for i in range(3):
        names.append(i * scale)
    del i

    def method(self):
        return scale


print(Config.doubled, Config.from_global, Config.names, Config().method(), Config.__doc__)
print(hasattr(Config, "i"), Config.scale)


def register(cls):
    cls.registered = True
    return cls


class tagged:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self, cls):
        cls.tag = self.tag
        return cls


registry = []


def remember(cls):
    registry.append(cls.__name__)
    return cls


@remember
@tagged("v1")
@register
class Service:
    pass


print(Service.registered, Service.tag, registry)


def make_class(base_value):
    class Local:
        value = base_value

        def get(self):
            return self.value

    return Local


A = make_class(1)
B = make_class(2)
print(A().get(), B().get(), A.__qualname__, A is B)


class Doc:
    def f(self):
        "method doc"
        return 1


print(Doc.f.__doc__, Doc.__doc__, Doc.f.__qualname__, Doc.f.__name__)
