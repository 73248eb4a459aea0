# Unions whose methods are replaced at run time (a class attribute assigned after the calls were compiled, an instance attribute shadowing a method), and classes defined after the code that tests for them
class Cat:
    def __init__(self, name):
        self.name = name

    def sound(self):
        return "meow"


class Cow:
    def __init__(self, name):
        self.name = name

    def sound(self):
        return "moo"


def chorus(animals):
    return [a.sound() + "!" for a in animals]


herd = [Cat("tom"), Cow("daisy"), Cat("kit")]
print(chorus(herd))
Cow.sound = lambda self: "MOO " + self.name
print(chorus(herd))
herd[0].sound = lambda: "hiss"
print(chorus(herd))


class Early:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x * 2


def use(items):
    out = []
    for it in items:
        out.append(it.get())
        out.append(it.x)
    return out


print(use([Early(1), Early(2)]))


class Late:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x + 0.5


print(use([Early(3), Late(4), Late(5.0)]))
