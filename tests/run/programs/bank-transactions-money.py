# A bank with transactions as context managers, custom exceptions, properties with setters, a Money class with __format__
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(account.name, amount)
    def __str__(self):
        return f"{self.account.name} lacks {self.amount - self.account.balance:.2f}"

class FrozenAccount(RuntimeError):
    pass

class Money:
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def from_str(cls, s):
        whole, _, frac = s.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))
    def __add__(self, o): return Money(self.cents + o.cents)
    def __sub__(self, o): return Money(self.cents - o.cents)
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self): return hash(self.cents)
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents
    def __repr__(self): return f"Money({self.cents // 100}.{self.cents % 100:02d})"
    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f")
    def __bool__(self): return self.cents != 0

class Account:
    _next_id = 1
    def __init__(self, name, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.name = name
        self._balance = balance
        self.frozen = False
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = round(v, 2)
    def withdraw(self, amt):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} frozen")
        if amt > self._balance:
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.history.append(-amt)
    def deposit(self, amt):
        self.balance += amt
        self.history.append(amt)

class Transaction:
    def __init__(self, bank):
        self.bank = bank
        self.snapshot = None
    def __enter__(self):
        self.snapshot = {a.id: (a.balance, list(a.history)) for a in self.bank.values()}
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            for a in self.bank.values():
                a._balance, a.history = self.snapshot[a.id]
            print(f"rolled back: {et.__name__}: {ev}")
            return issubclass(et, (InsufficientFunds, FrozenAccount))
        return False

bank = {n: Account(n, b) for n, b in [("ann", 100.0), ("bob", 50.5), ("cy", 0.0)]}
def transfer(src, dst, amt):
    bank[src].withdraw(amt)
    bank[dst].deposit(amt)

with Transaction(bank):
    transfer("ann", "bob", 30)
    transfer("bob", "cy", 80.25)
with Transaction(bank) as t:
    transfer("bob", "cy", 500)
print(type(t).__name__)
bank["cy"].frozen = True
with Transaction(bank):
    transfer("cy", "ann", 1)
try:
    with Transaction(bank):
        bank["ann"].balance = -5
except ValueError as e:
    print("outer caught", e)
for a in sorted(bank.values(), key=lambda a: (-a.balance, a.name)):
    print(f"{a.id:>3} {a.name:<5}{a.balance:>10.2f} {a.history}")
total = sum([a.balance for a in bank.values()])
print(f"total={total:.2f}")
m = Money.from_str("12.5") + Money.from_str("0.75")
print(m, f"{m}", f"{m:>10.1f}", m == Money(1325), len({m, Money(1325), Money(1)}), bool(Money(0)))
print(sorted([Money(5), Money(1), Money(3)]), max(Money(2), Money(9)), Money(1) <= Money(1))
try:
    raise InsufficientFunds(bank["cy"], 1000)
except Exception as e:
    print(repr(e.args), str(e))
