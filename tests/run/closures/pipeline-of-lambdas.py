# A data pipeline built from lambdas and closures: map, filter and reduce
# steps composed into one function, applied to records.


def step_map(func):
    return lambda items: [func(item) for item in items]


def step_filter(pred):
    return lambda items: [item for item in items if pred(item)]


def step_reduce(func, start):
    def run(items):
        acc = start
        for item in items:
            acc = func(acc, item)
        return acc

    return run


def pipeline(*steps):
    def run(data):
        for step in steps:
            data = step(data)
        return data

    return run


records = [{"name": "ann", "age": 31}, {"name": "bob", "age": 17}, {"name": "cy", "age": 45}]
adults = pipeline(step_filter(lambda r: r["age"] >= 18), step_map(lambda r: r["name"].title()))
print(adults(records))
total_age = pipeline(step_map(lambda r: r["age"]), step_reduce(lambda a, b: a + b, 0))
print(total_age(records))
print(pipeline()(records[:1]))
