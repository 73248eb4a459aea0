# An inventory with generator-based reports, a context manager class defined in a method (rollback on error), generator expressions with max/sum/dict
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku

class Item:
    def __init__(self, sku, name, price, qty):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"

class Inventory:
    def __init__(self):
        self._items = {}
        self.journal = []
    def add(self, *items):
        for it in items:
            self._items[it.sku] = it
    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda i: i.sku)
    def __getitem__(self, sku):
        return self._items[sku]
    def low_stock(self, threshold):
        return (i for i in self if i.qty < threshold)
    def take(self, sku, n):
        item = self[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.journal.append((sku, -n))
    def batch(self):
        inv = self
        class Batch:
            def __enter__(self):
                self.saved = {s: i.qty for s, i in inv._items.items()}
                self.mark = len(inv.journal)
                return inv
            def __exit__(self, typ, exc, tb):
                if exc is not None:
                    for s, q in self.saved.items():
                        inv._items[s].qty = q
                    del inv.journal[self.mark:]
                    print(f"batch rolled back ({exc})")
                    return isinstance(exc, OutOfStock)
        return Batch()

def report(inv):
    yield f"{'SKU':<6}{'Name':<10}{'Qty':>5}{'Value':>10}"
    total = 0
    for it in inv:
        total += it.value
        yield f"{it.sku:<6}{it.name:<10}{it.qty:>5}{it.value:>10.2f}"
    yield f"{'':<21}{total:>10.2f}"

inv = Inventory()
inv.add(Item("B2", "bolt", 0.25, 400), Item("N1", "nut", 0.1, 50), Item("W9", "washer", 0.05, 5))
with inv.batch() as i:
    i.take("B2", 100)
    i.take("N1", 20)
with inv.batch() as i:
    i.take("B2", 100)
    i.take("W9", 10)
print("\n".join(report(inv)))
print(list(inv.low_stock(40)), inv.journal, [i.sku for i in inv if i.value > 1])
gen = inv.low_stock(100)
print(next(gen), next(gen, None), next(gen, "end"))
totals = dict((i.sku, round(i.value, 2)) for i in inv)
print(totals, sum(i.qty for i in inv), max((i.value, i.sku) for i in inv))
try:
    with inv.batch():
        inv.take("N1", 1)
        raise KeyError("boom")
except KeyError as e:
    print("escaped:", e, inv["N1"].qty, inv.journal)
