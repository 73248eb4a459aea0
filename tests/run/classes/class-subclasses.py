# C.__subclasses__(): the classes created with C among their direct bases,
# in creation order, as plugin registries walk them.


class Plugin:
    name = "base"

    @classmethod
    def all_plugins(cls):
        found = []
        for sub in cls.__subclasses__():
            found.append(sub)
            found.extend(sub.all_plugins())
        return found


class Csv(Plugin):
    name = "csv"


class Json(Plugin):
    name = "json"


class Json5(Json):
    name = "json5"


class Mixin:
    pass


class Both(Mixin, Csv):
    name = "both"


print([c.__name__ for c in Plugin.__subclasses__()])
print([c.name for c in Plugin.all_plugins()])
print(Json.__subclasses__(), Json5.__subclasses__(), Mixin.__subclasses__())
print(Csv.__subclasses__()[0] is Both, type(Plugin.__subclasses__()).__name__)


def make(n):
    return type(f"Dyn{n}", (Json5,), {"name": f"dyn{n}"})


made = [make(i) for i in range(2)]
print([c.name for c in Json5.__subclasses__()], [c.name for c in Plugin.all_plugins()])
