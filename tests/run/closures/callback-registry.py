# A callback registry in a dict: handlers registered by a decorator with
# an event name, several handlers per event, dispatching with arguments.
handlers = {}


def on(event):
    def register(func):
        handlers.setdefault(event, []).append(func)
        return func

    return register


@on("start")
def greet(payload):
    return "hello " + payload


@on("start")
def log_start(payload):
    return "log: started " + payload


@on("stop")
def farewell(payload):
    return "bye " + payload


def dispatch(event, payload):
    return [handler(payload) for handler in handlers.get(event, [])]


print(dispatch("start", "ann"))
print(dispatch("stop", "bob"))
print(dispatch("missing", "x"))


def make_emitter():
    listeners = []

    def subscribe(func):
        listeners.append(func)

    def emit(value):
        return [listener(value) for listener in listeners]

    return subscribe, emit


subscribe, emit = make_emitter()
subscribe(lambda v: v + 1)
subscribe(lambda v: v * 2)
print(emit(10))
