# A Richards-style task scheduler: method calls and attribute access on a
# handful of classes with inheritance (idle, worker, handler, device tasks
# exchanging packets through a scheduler).
import sys


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        cursor = queue
        while cursor.link is not None:
            cursor = cursor.link
        cursor.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is not None
        self.runs = 0

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
        self.waiting = False
        return packet

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)

    def step(self, packet):
        self.runs += 1
        return self.work(packet)

    def work(self, packet):
        return None


class IdleTask(Task):
    def __init__(self, scheduler, ident, count):
        Task.__init__(self, scheduler, ident, 0, None)
        self.count = count
        self.seed = 1

    def work(self, packet):
        self.count -= 1
        if self.count == 0:
            return "stop"
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return self.scheduler.release(4)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(5)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, queue):
        super().__init__(scheduler, ident, 1000, queue)
        self.destination = 2
        self.count = 0

    def work(self, packet):
        if packet is None:
            return None
        self.destination = 3 if self.destination == 2 else 2
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, queue):
        super().__init__(scheduler, ident, 2000 + ident, queue)
        self.handled = 0

    def work(self, packet):
        if packet is None:
            return None
        self.handled += 1
        packet.ident = 4 if packet.kind == 1 else 5
        return self.scheduler.send(packet)


class DeviceTask(Task):
    def __init__(self, scheduler, ident):
        super().__init__(scheduler, ident, 4000 + ident, None)
        self.pending = None
        self.done = 0

    def work(self, packet):
        if packet is None:
            if self.pending is None:
                return None
            waiting = self.pending
            self.pending = None
            self.done += 1
            waiting.ident = 1
            return self.scheduler.send(waiting)
        self.pending = packet
        return None


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.sent = 0
        self.releases = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)

    def release(self, ident):
        self.releases += 1
        task = self.tasks[ident]
        task.held = False
        return None

    def send(self, packet):
        self.sent += 1
        target = self.tasks.get(packet.ident)
        if target is None:
            return None
        target.receive(packet)
        target.waiting = False
        return None

    def run(self):
        while True:
            progressed = False
            for task in self.order:
                if task.runnable():
                    packet = task.take_packet()
                    if task.step(packet) == "stop":
                        return
                    progressed = True
            if not progressed:
                return


def build(count):
    scheduler = Scheduler()
    scheduler.add(IdleTask(scheduler, 0, count))
    queue = None
    for k in range(4):
        queue = Packet(queue, 1, 0)
    scheduler.add(WorkerTask(scheduler, 1, queue))
    queue = None
    for k in range(3):
        queue = Packet(queue, 4, 1)
    scheduler.add(HandlerTask(scheduler, 2, queue))
    queue = None
    for k in range(3):
        queue = Packet(queue, 5, 1)
    scheduler.add(HandlerTask(scheduler, 3, queue))
    scheduler.add(DeviceTask(scheduler, 4))
    scheduler.add(DeviceTask(scheduler, 5))
    return scheduler


def main(rounds):
    total_runs = 0
    total_sent = 0
    for _ in range(rounds):
        s = build(10000)
        s.run()
        for t in s.order:
            total_runs += t.runs
        total_sent += s.sent
    print(total_runs, total_sent)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 80)
