# User exception hierarchies: arguments, custom __str__, extra attributes, catching by base class.
class AppError(Exception):
    pass


class ValidationError(AppError, ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return f"no such key {self.key!r}"


try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.field, e.args)

try:
    raise NotFound("x")
except AppError as e:
    print(type(e).__name__, str(e), e.args, repr(e.key))

try:
    raise AppError("plain", 2)
except Exception as e:
    print(e, e.args, repr(e))

for exc in (AppError, ValidationError, NotFound, KeyError):
    print(exc.__name__, issubclass(exc, AppError), issubclass(exc, ValueError), issubclass(exc, Exception))


class Retry(RuntimeError):
    attempts = 3


try:
    raise Retry
except RuntimeError as e:
    print("retry", type(e).__name__, e.attempts, e.args)

try:
    try:
        raise NotFound("inner")
    except NotFound as e:
        raise AppError("outer") from e
except AppError as e:
    print(e, "from", e.__cause__)


def check(value):
    if value < 0:
        raise ValidationError("value", "negative")
    return value


results = []
for v in (1, -1, 2):
    try:
        results.append(check(v))
    except ValidationError as e:
        results.append(str(e))
print(results)
raise NotFound("final")
