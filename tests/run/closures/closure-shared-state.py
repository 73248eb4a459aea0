# Closures sharing mutable state: a bank account with deposit and balance
# closures, an iterator-like closure, and a cache shared by two functions.


def account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        return balance, list(history)

    return deposit, withdraw, report


deposit, withdraw, report = account(100)
deposit(50)
withdraw(30)
try:
    withdraw(500)
except ValueError as exc:
    print(exc)
print(report())


def countdown(n):
    def next_value():
        nonlocal n
        if n == 0:
            return None
        n -= 1
        return n + 1

    return next_value


step = countdown(3)
print([step() for _ in range(5)])
