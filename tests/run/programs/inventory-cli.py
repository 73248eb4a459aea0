# A small inventory CLI in everyday style: argparse, dataclasses (order, asdict, replace), enum, typing annotations, match with class patterns, lru_cache, partial, reduce, itertools, Counter/defaultdict/namedtuple/deque, json, f-string formats, walrus.
"""Inventory CLI: argparse, dataclasses, enum, typing, f-strings, match."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict, namedtuple, deque
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from functools import lru_cache, partial, reduce
from itertools import groupby, chain, islice, accumulate, pairwise
from typing import Iterator, Optional


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(order=True)
class Item:
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.qty


Row = namedtuple("Row", "name total")


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="inventory", description="Show stock")
    p.add_argument("--min-qty", type=int, default=0, help="minimum quantity")
    p.add_argument("--sort", choices=["name", "price", "total"], default="name")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("names", nargs="*")
    return p.parse_args(argv)


ITEMS = [
    Item("hammer", 12.5, 3, Category.TOOL, ["steel"]),
    Item("apple", 0.4, 120, Category.FOOD),
    Item("yoyo", 3.25, 7, Category.TOY, ["wood", "kids"]),
    Item("saw", 18.0, 1),
    Item("bread", 2.1, 0, Category.FOOD),
]


def describe(item: Item) -> str:
    match item:
        case Item(qty=0):
            return f"{item.name:<8} out of stock"
        case Item(category=Category.FOOD, qty=q) if q > 100:
            return f"{item.name:<8} plenty ({q})"
        case Item(name=n, price=p, qty=q):
            return f"{n:<8} {q:>4} x {p:>6.2f} = {p * q:>8.2f}"


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def chunks(it, n) -> Iterator[list]:
    it = iter(it)
    while (batch := list(islice(it, n))):
        yield batch


def main(argv: list[str]) -> int:
    args = parse(argv)
    items = [i for i in ITEMS if i.qty >= args.min_qty and (not args.names or i.name in args.names)]
    key = {"name": lambda i: i.name, "price": lambda i: i.price, "total": lambda i: i.total}[args.sort]
    for item in sorted(items, key=key):
        print(describe(item))
    by_cat: defaultdict[str, list[str]] = defaultdict(list)
    for item in items:
        by_cat[str(item.category)].append(item.name)
    print(dict(by_cat))
    counts = Counter(t for i in items for t in i.tags)
    print(counts.most_common(2), sum(counts.values()))
    print(json.dumps([asdict(i) | {"category": str(i.category)} for i in items[:2]], indent=2, sort_keys=True))
    rows = [Row(i.name, round(i.total, 2)) for i in items]
    print(rows[0], rows[0]._asdict(), max(rows, key=lambda r: r.total).name)
    print(reduce(lambda a, b: a + b, (i.qty for i in items), 0), list(accumulate([1, 2, 3, 4])))
    double = partial(map, lambda x: x * 2)
    print(list(double([1, 2, 3])), [fib(n) for n in range(10)], fib.cache_info().hits)
    print(list(chunks(range(7), 3)), list(pairwise("abcd")))
    for k, g in groupby(sorted(items, key=lambda i: i.category.value), key=lambda i: i.category):
        print(k, [i.name for i in g])
    d = deque(maxlen=3)
    for x in chain(range(3), "xy"):
        d.append(x)
    print(d, replace(items[0], qty=99).qty, items[0] < items[1])
    if args.verbose:
        print(f"{len(items)=} {args.sort!r:>10} {3.14159:.3f} {1234567:,} {0.25:%} {255:#x} {'x':*^7}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["-v"]))
