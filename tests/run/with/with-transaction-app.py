# Application: a transaction context manager that commits on success and rolls back on error, suppressing only its own error type.
class Abort(Exception):
    pass


class Store:
    def __init__(self):
        self.data = {}

    def transaction(self):
        return Transaction(self)


class Transaction:
    def __init__(self, store):
        self.store = store
        self.changes = {}

    def __enter__(self):
        return self

    def set(self, key, value):
        self.changes[key] = value

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.data.update(self.changes)
            print("committed", sorted(self.changes))
            return False
        print("rolled back", exc_type.__name__, exc)
        return issubclass(exc_type, Abort)


store = Store()
with store.transaction() as t:
    t.set("a", 1)
    t.set("b", 2)
with store.transaction() as t:
    t.set("a", 100)
    raise Abort("user cancelled")
try:
    with store.transaction() as t:
        t.set("c", 3)
        {}["missing"]
except KeyError as e:
    print("propagated", repr(e))
print(store.data)


def transfer(store, amount):
    with store.transaction() as t:
        if amount < 0:
            raise Abort("negative")
        t.set("balance", store.data.get("balance", 0) + amount)
        return "ok"
    return "aborted"


print(transfer(store, 5), transfer(store, -1), transfer(store, 7), store.data["balance"])
