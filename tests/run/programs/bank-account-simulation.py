# A small bank simulation with accounts stored in dicts: deposits,
# withdrawals, transfers, rejected operations reported through exceptions,
# monthly interest, and a final statement. Catches integration bugs across
# functions, dicts, exceptions and float formatting.
accounts = {}
log = []
next_id = 100


def open_account(owner, initial=0.0):
    global next_id
    next_id += 1
    account_id = next_id
    accounts[account_id] = {"owner": owner, "balance": float(initial), "history": []}
    log.append(("open", account_id, initial))
    return account_id


def deposit(account_id, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    account = accounts[account_id]
    account["balance"] += amount
    account["history"].append(amount)


def withdraw(account_id, amount):
    account = accounts[account_id]
    if amount > account["balance"]:
        raise RuntimeError(f"insufficient funds in {account_id}: {account['balance']:.2f} < {amount:.2f}")
    account["balance"] -= amount
    account["history"].append(-amount)


def transfer(source, target, amount):
    if target not in accounts:
        raise KeyError(target)
    withdraw(source, amount)
    deposit(target, amount)
    log.append(("transfer", source, target, amount))


def apply_interest(rate):
    for account_id in accounts:
        account = accounts[account_id]
        if account["balance"] > 0:
            interest = round(account["balance"] * rate, 2)
            account["balance"] = round(account["balance"] + interest, 2)
            account["history"].append(interest)



alice = open_account("Alice", 100)
bob = open_account("Bob")
carol = open_account("Carol", 250.5)
deposit(bob, 40)
transfer(alice, bob, 30.25)
operations = [
    ("withdraw too much", withdraw, bob, 1000),
    ("negative deposit", deposit, carol, -5),
    ("unknown target", transfer, alice, 999, 1),
]
for entry in operations:
    name = entry[0]
    func = entry[1]
    try:
        if len(entry) == 4:
            func(entry[2], entry[3])
        else:
            func(entry[2], entry[3], entry[4])
        print(name, "-> ok")
    except (ValueError, RuntimeError) as e:
        print(name, "-> rejected:", e)
    except KeyError as e:
        print(name, "-> no such account", e)
withdraw(carol, 50.5)
apply_interest(0.015)
print(f"{'id':<5}{'owner':<8}{'balance':>10}  history")
for account_id, account in accounts.items():
    history = []
    for amount in account["history"]:
        history.append(f"{amount:+.2f}")
    print(f"{account_id:<5}{account['owner']:<8}{account['balance']:>10.2f}  {' '.join(history)}")
total = 0.0
for account in accounts.values():
    total += account["balance"]
print(f"bank total: {total:.2f}")
print("log:", log)
richest = alice
for account_id in accounts:
    if accounts[account_id]["balance"] > accounts[richest]["balance"]:
        richest = account_id
print("richest:", accounts[richest]["owner"])
