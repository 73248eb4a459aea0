# Application: a small inventory system with items, stock movements, custom errors and reports.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku


class Item:
    def __init__(self, sku, name, price):
        self.sku = sku
        self.name = name
        self.price = price

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price})"

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Inventory:
    def __init__(self):
        self.stock = {}
        self.history = []

    def add(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty
        self.history.append(("in", item.sku, qty))

    def remove(self, item, qty):
        available = self.stock.get(item, 0)
        if qty > available:
            raise OutOfStock(item.sku, qty, available)
        self.stock[item] -= qty
        self.history.append(("out", item.sku, qty))

    def __len__(self):
        return len(self.stock)

    def __contains__(self, item):
        return self.stock.get(item, 0) > 0

    def __iter__(self):
        return iter(sorted(self.stock, key=lambda_key))

    def value(self):
        total = 0
        for item, qty in self.stock.items():
            total += item.price * qty
        return total


def lambda_key(item):
    return item.sku


inv = Inventory()
bolt = Item("B-1", "bolt", 0.25)
nut = Item("N-7", "nut", 0.1)
gear = Item("G-3", "gear", 12.5)
inv.add(bolt, 100)
inv.add(nut, 250)
inv.add(gear, 4)
inv.add(Item("B-1", "bolt (dup)", 0.25), 20)
print(len(inv), inv.stock[bolt], bolt in inv)
inv.remove(gear, 4)
print(gear in inv, round(inv.value(), 2))
try:
    inv.remove(nut, 1000)
except InventoryError as e:
    print("error:", e, "| sku", e.sku)
for item in inv:
    print(item, inv.stock[item])
print(inv.history)
