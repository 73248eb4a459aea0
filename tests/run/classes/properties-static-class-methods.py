# @property with setter and deleter, @staticmethod, @classmethod, class-level constants.
class Temperature:
    ABSOLUTE_ZERO = -273.15
    count = 0

    def __init__(self, celsius):
        self._celsius = celsius
        Temperature.count += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < Temperature.ABSOLUTE_ZERO:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def instances(cls):
        return cls.count


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)
print(Temperature.c_to_f(100), t.c_to_f(0))
u = Temperature.from_fahrenheit(212)
print(type(u).__name__, u.celsius)
print(Temperature.instances(), t.instances())


class Sub(Temperature):
    pass


s = Sub.from_fahrenheit(32)
print(type(s).__name__, s.celsius, Sub.count)


class Account:
    def __init__(self):
        self._balance = 0

    def get_balance(self):
        return self._balance

    def set_balance(self, value):
        self._balance = value

    def del_balance(self):
        print("deleting")

    balance = property(get_balance, set_balance, del_balance, "the balance")


a = Account()
a.balance = 50
print(a.balance, Account.balance.__doc__)
print(isinstance(Account.balance, property))
