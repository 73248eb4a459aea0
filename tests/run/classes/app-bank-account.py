# Application: bank accounts with properties, class-level rates, classmethod constructors and custom exceptions.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, needed):
        self.needed = needed

    def __str__(self):
        return f"insufficient funds: need {self.needed} more"


class Account:
    interest_rate = 0.02
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.transactions = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise BankError("balance cannot be negative")
        self._balance = value

    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 50)

    @staticmethod
    def format_money(amount):
        return f"${amount:,.2f}"

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.transactions.append(amount)
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.transactions.append(-amount)
        return self

    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest_rate), 2)

    def __str__(self):
        return f"#{self.number} {self.owner}: {Account.format_money(self.balance)}"


class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len(self.transactions) >= 3:
            raise BankError("too many transactions")
        return super().withdraw(amount)


alice = Account("alice", 100)
bob = SavingsAccount.with_bonus("bob")
print(alice, "|", bob, "|", type(bob).__name__)
alice.deposit(50).withdraw(30)
print(alice.balance, alice.transactions)
try:
    alice.withdraw(1000)
except BankError as e:
    print("error:", e, e.needed)
try:
    alice.balance = -5
except BankError as e:
    print("error:", e)
try:
    alice.deposit(0)
except ValueError as e:
    print("error:", e)
bob.deposit(1000)
bob.add_interest()
alice.add_interest()
print(alice, "|", bob)
bob.withdraw(1).withdraw(1)
try:
    bob.withdraw(1)
except BankError as e:
    print("error:", e)
print(Account.format_money(1234567.891), Account._next_number)
for acct in (alice, bob):
    print(acct.owner, isinstance(acct, SavingsAccount), acct.interest_rate)
