# Iterator protocol with a separate iterator class: for, list, zip, enumerate, sorted, in, next() with a default, StopIteration propagation.
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return DeckIterator(self.cards)

    def __len__(self):
        return len(self.cards)


class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= len(self.cards):
            raise StopIteration
        card = self.cards[self.index]
        self.index += 1
        return card


deck = Deck(["K", "A", "Q", "J"])
for card in deck:
    print(card, end=" ")
print()
print(list(deck), sorted(deck), "A" in deck, "2" in deck, len(deck))
for i, card in enumerate(deck):
    print(i, card, end="; ")
print()
print(list(zip(deck, Deck([1, 2, 3]))))
it = iter(deck)
print(next(it), next(it), next(it), next(it), next(it, "empty"))
try:
    next(it)
except StopIteration:
    print("stopped")
print(tuple(deck), set(Deck([1, 1, 2])) == {1, 2}, dict(zip(deck, range(4))))
a, b, c, d = deck
print(a, d, max(deck), min(deck))


class Fib:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


print(list(Fib(100)), sum(Fib(10)), [x * 2 for x in Fib(5)])
