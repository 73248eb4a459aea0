# Application: an event queue ordered by priority via __lt__, with a simulation loop and handlers as bound methods.
class Event:
    counter = 0

    def __init__(self, time, priority, name):
        Event.counter += 1
        self.seq = Event.counter
        self.time = time
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        if self.priority != other.priority:
            return self.priority > other.priority
        return self.seq < other.seq

    def __repr__(self):
        return f"<{self.name}@{self.time}/p{self.priority}>"


class EventQueue:
    def __init__(self):
        self.items = []

    def push(self, event):
        self.items.append(event)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        items[0] = last
        i = 0
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < len(items) and items[left] < items[smallest]:
                smallest = left
            if right < len(items) and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                break
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest
        return top

    def __bool__(self):
        return len(self.items) > 0


class Simulation:
    def __init__(self):
        self.queue = EventQueue()
        self.log = []

    def schedule(self, time, priority, name):
        self.queue.push(Event(time, priority, name))

    def on_arrive(self, event):
        self.log.append(f"t={event.time} arrive")
        if event.time < 6:
            self.schedule(event.time + 3, 1, "arrive")
            self.schedule(event.time + 1, 5, "serve")

    def on_serve(self, event):
        self.log.append(f"t={event.time} serve")

    def run(self):
        handlers = {"arrive": self.on_arrive, "serve": self.on_serve}
        while self.queue:
            event = self.queue.pop()
            handlers[event.name](event)


sim = Simulation()
sim.schedule(0, 1, "arrive")
sim.schedule(1, 9, "serve")
sim.run()
for line in sim.log:
    print(line)
print(sorted([Event(2, 1, "a"), Event(1, 1, "b"), Event(1, 3, "c")]))
print(min(Event(5, 0, "x"), Event(4, 0, "y")), Event(1, 1, "p") > Event(0, 1, "q"))
