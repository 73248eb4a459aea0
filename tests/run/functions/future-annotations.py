"""`from __future__ import annotations`: annotations become strings (forward
references need no quotes), in functions, methods and class bodies, so
dataclasses still work; the import also binds the feature object."""
from __future__ import annotations

import __future__
from dataclasses import dataclass, field


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def push(self, value: int) -> Node:
        return Node(value, self)


@dataclass
class Config:
    name: str
    tags: list[str] = field(default_factory=list)
    limit: Optional[int] = None


def total(head: Node | None) -> int:
    count = 0
    while head is not None:
        count += head.value
        head = head.next
    return count


print(Node.__init__.__annotations__)
print(Node.push.__annotations__, total.__annotations__)
print(Config.__annotations__)
print(Config("x"), total(Node(1).push(2).push(3)))
print(annotations, annotations is __future__.annotations)
print(__future__.all_feature_names[-2:], __future__.division.getMandatoryRelease())
