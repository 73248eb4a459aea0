import typing

if True:
    count: int = 1
for i in range(2):
    seen: typing.Optional[str] = None
limit: dict[str, int]


def names():
    return list(__annotations__)
