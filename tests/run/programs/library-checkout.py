# A library checkout system: inheritance, properties, custom exceptions, sorting with __lt__, dict grouping
class LibraryError(Exception):
    pass

class NotAvailable(LibraryError):
    def __init__(self, title, holder):
        super().__init__(f"{title!r} is checked out by {holder}")
        self.title = title
        self.holder = holder

class Item:
    count = 0
    def __init__(self, title, year):
        self.title = title
        self.year = year
        self.holder = None
        Item.count += 1
    @property
    def available(self):
        return self.holder is None
    def __repr__(self):
        return f"{type(self).__name__}({self.title!r}, {self.year})"
    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)

class Book(Item):
    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author
    def describe(self):
        return f"{self.title} by {self.author} ({self.year})"

class DVD(Item):
    kind = "video"
    def describe(self):
        return f"{self.title} [{self.kind}] ({self.year})"

class Library:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        self.items[item.title] = item
        return self
    def checkout(self, title, who):
        item = self.items.get(title)
        if item is None:
            raise KeyError(title)
        if not item.available:
            raise NotAvailable(title, item.holder)
        item.holder = who
        self.log.append(("out", title, who))
    def giveback(self, title):
        item = self.items[title]
        self.log.append(("in", title, item.holder))
        item.holder = None
    def report(self):
        for it in sorted(self.items.values()):
            status = "yes" if it.available else f"no ({it.holder})"
            print(f"{it.describe():<40}|{status:>12}")

lib = Library()
lib.add(Book("Dune", 1965, "Herbert")).add(Book("Emma", 1815, "Austen")).add(DVD("Alien", 1979))
lib.checkout("Dune", "ann")
try:
    lib.checkout("Dune", "bob")
except LibraryError as e:
    print("error:", e, type(e).__name__, e.holder)
try:
    lib.checkout("Zed", "bob")
except KeyError as e:
    print("missing", e, repr(e), e.args)
lib.report()
lib.giveback("Dune")
print(sorted(lib.items.values()))
print(Item.count, lib.log)
counts = {}
for kind, title, who in lib.log:
    counts.setdefault(who, []).append(kind)
print(counts)
by_type = {t: [i.title for i in lib.items.values() if type(i).__name__ == t] for t in ("Book", "DVD")}
print(by_type)
print(max(lib.items.values()), min(lib.items.values(), key=lambda i: len(i.title)))
