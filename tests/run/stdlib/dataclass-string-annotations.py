# Dataclass fields annotated as strings (quoted, or under `from __future__ import
# annotations`): ClassVar and InitVar are recognised by name as CPython does.
from __future__ import annotations
import dataclasses
import typing
from dataclasses import dataclass, field, InitVar, fields
from typing import ClassVar


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    ORIGIN: ClassVar[str] = "o"
    UNIT: typing.ClassVar[int] = 1
    COUNT: ClassVar = 0


print(Point(1, 2), Point.ORIGIN, Point.UNIT, Point.COUNT)
print([f.name for f in fields(Point)])


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    scale: InitVar[int] = 1
    rate: dataclasses.InitVar[float] = 0.5
    history: list[str] = field(default_factory=list)

    def __post_init__(self, scale, rate):
        self.balance *= scale
        self.history.append(f"opened x{scale} r{rate}")


a = Account("ann", 10.0, 3)
print(a, [f.name for f in fields(Account)])
print(Account("bob", rate=0.25).history)
