# Checks method calls whose receiver is first seen as only None (a queue
# that starts empty): the call raises AttributeError on None, and once the
# receiver is an instance the call's result (an instance or None) is what
# the method returns; attributes holding "an instance or None" keep working
# through linked lists, None tests and == against strings and None,
# including a subclass with its own __eq__.


class Item:
    def __init__(self, link, ident):
        self.link = link
        self.ident = ident

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        cursor = queue
        while cursor.link is not None:
            cursor = cursor.link
        cursor.link = self
        return queue


class Holder:
    def __init__(self, queue):
        self.queue = queue
        self.last = None

    def take(self):
        item = self.queue
        if item is not None:
            self.queue = item.link
        return item

    def receive(self, item):
        self.queue = item.append_to(self.queue)

    def step(self, item):
        if item is None:
            return None
        self.last = item
        return "stop" if item.ident > 3 else None


class Loud(Item):
    def __eq__(self, other):
        print("Loud.__eq__", other)
        return True


def walk(holder):
    out = []
    item = holder.queue
    while item is not None:
        out.append(item.ident)
        item = item.link
    return out


def call_on_none(item):
    try:
        return item.append_to(None)
    except AttributeError as error:
        return str(error)


def main():
    empty = Holder(None)
    print(empty.take(), walk(empty))
    print(call_on_none(empty.take()))
    full = Holder(Item(Item(None, 1), 2))
    print(walk(full))
    first = full.take()
    print(first.ident, walk(full))
    empty.receive(first)
    empty.receive(Item(None, 7))
    print(walk(empty))
    results = []
    for holder in (empty, full, empty, full, empty):
        item = holder.take()
        result = holder.step(item)
        results.append((result == "stop", result != "stop", result == None, result is None))
    print(results)
    print(empty.last.ident, walk(empty), walk(full))
    loud = Loud(None, 9)
    print(loud == None, None == loud, loud != None)
    full.receive(loud)
    print(walk(full), full.queue == "stop", full.queue is None)
    print(None == None, None != None, None == "x", "x" != None, None == 0, 0.0 == None)
    print(float("nan") == None, None != float("nan"), None == (), [] != None)


main()
