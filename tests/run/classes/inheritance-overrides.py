# Overriding and extending: template methods calling overridden hooks, class attributes resolved per subclass, methods calling other methods via self.
class Report:
    title = "Report"
    separator = "-"

    def render(self):
        lines = [self.header()]
        for item in self.items():
            lines.append(self.format_item(item))
        lines.append(self.footer())
        return "\n".join(lines)

    def header(self):
        return f"{self.title}\n{self.separator * len(self.title)}"

    def items(self):
        return []

    def format_item(self, item):
        return f"* {item}"

    def footer(self):
        return f"({len(self.items())} items)"


class Sales(Report):
    title = "Sales Q1"
    separator = "="

    def items(self):
        return ["north: 10", "south: 7"]


class NumberedSales(Sales):
    def format_item(self, item):
        self.counter = getattr(self, "counter", 0) + 1
        return f"{self.counter}. {item}"

    def footer(self):
        return super().footer().upper()


for report in (Report(), Sales(), NumberedSales()):
    print(report.render())
    print(type(report).__mro__[1].__name__)


class Shape:
    sides = 0

    def __init__(self, name=None):
        self.name = name or type(self).__name__.lower()

    def __str__(self):
        return f"{self.name} with {self.sides} sides"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


print(Triangle(), Square("box"), Shape())
