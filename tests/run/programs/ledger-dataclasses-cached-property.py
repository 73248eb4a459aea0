# A stock ledger: dataclasses with order=True and frozen=True, field(default_factory, compare=False, repr=False), __post_init__ validation and derived fields (object.__setattr__ on a frozen one), functools.cached_property, singledispatch with registered types, total_ordering, replace/asdict/astuple, FrozenInstanceError.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace
from datetime import date
from decimal import Decimal
from functools import cached_property, singledispatch, total_ordering, reduce


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    code: int
    label: str = field(default="", compare=False)

    def __post_init__(self):
        if self.code <= 0:
            raise ValueError(f"bad code {self.code}")
        if not self.label:
            object.__setattr__(self, "label", f"{self.category.upper()}-{self.code:04d}")

    def __str__(self):
        return self.label


@dataclass(order=True)
class Lot:
    sort_key: tuple = field(init=False, repr=False)
    sku: Sku
    qty: int
    unit_cost: Decimal
    received: date = field(default_factory=lambda: date(2024, 1, 1))
    notes: list = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError("negative quantity")
        self.unit_cost = Decimal(self.unit_cost)
        self.sort_key = (self.received, self.sku)

    @property
    def value(self):
        return self.qty * self.unit_cost


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.lots = []
        self.computed = 0

    def add(self, lot):
        self.lots.append(lot)
        self.__dict__.pop("totals", None)  # invalidate the cache
        return self

    @cached_property
    def totals(self):
        self.computed += 1
        out = {}
        for lot in self.lots:
            qty, value = out.get(lot.sku, (0, Decimal(0)))
            out[lot.sku] = (qty + lot.qty, value + lot.value)
        return out


@singledispatch
def describe(obj):
    return f"<{type(obj).__name__}>"


@describe.register
def _(obj: Sku):
    return f"sku {obj} ({obj.category}/{obj.code})"


@describe.register(Lot)
def _lot(obj):
    return f"lot of {obj.qty} x {describe(obj.sku)} @ {obj.unit_cost}"


@describe.register(list)
@describe.register(tuple)
def _seq(obj):
    return "[" + "; ".join(describe(x) for x in obj) + "]"


@describe.register(int)
def _(obj):
    return f"int {obj:+d}"


@total_ordering
class Priority:
    def __init__(self, level):
        self.level = level

    def __eq__(self, other):
        return isinstance(other, Priority) and self.level == other.level

    def __lt__(self, other):
        return self.level < other.level

    def __repr__(self):
        return f"P{self.level}"


bolt = Sku("hw", 12)
nut = Sku("hw", 7, "NUT-M6")
glue = Sku("chem", 3)
print(bolt, nut, glue, repr(glue))
print(sorted([bolt, nut, glue]))
print(bolt == Sku("hw", 12, "other label"), hash(bolt) == hash(Sku("hw", 12, "x")))
try:
    bolt.code = 5
except dataclasses.FrozenInstanceError as exc:
    print("FrozenInstanceError:", exc)
try:
    Sku("hw", 0)
except ValueError as exc:
    print("ValueError:", exc)

w = Warehouse("north")
w.add(Lot(bolt, 100, "0.25", date(2024, 3, 1)))
w.add(Lot(nut, 250, Decimal("0.05")))
w.add(Lot(glue, 4, "3.90", date(2024, 2, 14), ["fragile"]))
w.add(Lot(bolt, 50, "0.27", date(2024, 3, 9)))
for sku, (qty, value) in sorted(w.totals.items()):
    print(f"{str(sku):<10} {qty:>5} {value:>8.2f}")
print("computed", w.computed, "times;", len(w.totals), "skus; computed", w.computed)
w.add(Lot(nut, 10, "0.06", date(2024, 4, 1)))
print("after add:", w.totals[nut], "computed", w.computed)

lots = sorted(w.lots)
print([(lot.received.isoformat(), str(lot.sku)) for lot in lots])
print(lots[0])
first = lots[0]
moved = replace(first, qty=first.qty - 1)
print(moved.qty, first.qty, moved == first, moved.notes is first.notes)
print(asdict(Lot(glue, 1, "2")))
print(astuple(nut))
print([f.name for f in dataclasses.fields(Lot)], dataclasses.is_dataclass(w), dataclasses.is_dataclass(first))
grand = reduce(lambda acc, lot: acc + lot.value, w.lots, Decimal("0"))
print("grand total", grand, f"{grand:,.1f}")

print(describe(bolt))
print(describe(w.lots[2]))
print(describe([nut, 5, (glue, -3)]))
print(describe(2.5), describe("text"))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry if t is not object))
levels = [Priority(3), Priority(1), Priority(2)]
print(sorted(levels), max(levels), Priority(2) >= Priority(2), Priority(1) > Priority(2))
