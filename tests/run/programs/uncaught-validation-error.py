# A custom exception raised uncaught after a finally block: exit code and traceback last line
class Config:
    def __init__(self, data):
        self.data = data
        missing = [k for k in ("host", "port") if k not in data]
        if missing:
            raise KeyError(f"missing keys: {missing}")
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
print(Config({"host": "h", "port": 1}).data)
try:
    Config({})
except KeyError as e:
    print("KeyError", e)
def validate(rec):
    if rec.get("age", 0) < 0:
        raise ValidationError("age", "negative")
    return rec
print(validate({"age": 3}))
try:
    validate({"age": -1})
finally:
    print("cleanup")
