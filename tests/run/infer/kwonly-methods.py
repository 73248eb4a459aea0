# Methods with keyword-only parameters (with and without defaults) are
# plain methods of a typed class: direct calls bind keywords by name, fill
# constant keyword-only defaults, and leave the wrong calls to the
# protocol, which raises CPython's `TypeError`.
class Account:
    def __init__(self, owner, balance=0.0, *, currency="EUR", limit):
        self.owner = owner
        self.balance = balance
        self.currency = currency
        self.limit = limit

    def deposit(self, amount, *, note=None, times=1):
        self.balance += amount * times
        return note

    def show(self):
        return f"{self.owner} {self.balance:.2f} {self.currency} {self.limit}"


a = Account("ann", limit=100)
b = Account("bob", 5.5, currency="USD", limit=7)
print(a.show(), b.show())
print(a.deposit(2.5), a.deposit(1.0, note="x"), a.deposit(1.0, times=3, note="y"))
print(a.show())
for bad in (
    lambda: Account("c", 1.0, "GBP", 5),
    lambda: Account("c"),
    lambda: a.deposit(1.0, "n"),
    lambda: a.deposit(1.0, colour=1),
    lambda: Account("c", limit=1, owner="d"),
):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
total = 0.0
for i in range(5):
    acc = Account("n", float(i), limit=i)
    acc.deposit(0.5, times=2)
    total += acc.balance
print(total)
