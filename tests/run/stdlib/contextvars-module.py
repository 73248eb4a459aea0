# contextvars: ContextVar get/set/reset with defaults, Token (var,
# old_value, MISSING, reuse), copy_context() snapshots and Context.run,
# the Context mapping, a new thread's empty context, and the errors.
import contextvars
import threading
from contextvars import Context, ContextVar, Token, copy_context

user = ContextVar("user")
level = ContextVar("level", default=1)
print(user.name, level.name, level.get(), user.get("nobody"), level.get(5))
try:
    user.get()
except LookupError as exc:
    print("LookupError", exc.args[0] is user, type(exc).__name__)

token = user.set("alice")
print(user.get(), token.var is user, token.old_value is Token.MISSING, Token.MISSING)
token2 = user.set("bob")
print(user.get(), token2.old_value)
user.reset(token2)
print(user.get())
user.reset(token)
print(user.get("gone"))
try:
    user.reset(token)
except RuntimeError as exc:
    print("RuntimeError", "has already been used once" in str(exc))
try:
    level.reset(user.set("carol"))
except ValueError as exc:
    print("ValueError", "was created by a different ContextVar" in str(exc))

ctx = copy_context()
print(type(ctx).__name__, ctx[user], user in ctx, level in ctx, len(ctx), ctx.get(level), ctx.get(level, 9))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()), sorted(ctx.values()),
      sorted((k.name, v) for k, v in ctx.items()))
user.set("dave")
print(user.get(), ctx[user])


def in_context(x, y=0):
    user.set("in-run")
    level.set(x + y)
    return user.get(), level.get()


print(ctx.run(in_context, 3, y=4))
print(ctx[user], ctx[level], user.get(), level.get())
print(ctx.run(lambda: (user.get(), level.get())))


def reenter():
    ctx.run(print, "nested")


try:
    ctx.run(reenter)
except RuntimeError as exc:
    print("RuntimeError", "is already entered" in str(exc))

empty = Context()
print(len(empty), empty.run(level.get), empty.run(user.get, "none here"))
t = empty.run(user.set, "eve")
try:
    user.reset(t)
except ValueError as exc:
    print("ValueError", "was created in a different Context" in str(exc))
print(empty[user], ctx == ctx.copy(), ctx.copy() is ctx, empty == ctx)

seen = []
thread = threading.Thread(target=lambda: seen.append((user.get("thread default"), level.get())))
thread.start()
thread.join()
print(seen)
seen.clear()
thread = threading.Thread(target=lambda: seen.append(ctx.run(user.get)))
thread.start()
thread.join()
print(seen)

for bad in [lambda: ContextVar(5), lambda: Token(), lambda: user.get(1, 2), lambda: user.reset(5),
            lambda: ctx[5], lambda: ctx.get("user"), lambda: 1 in ctx]:
    try:
        bad()
    except (TypeError, RuntimeError) as exc:
        print(type(exc).__name__, exc)
try:
    ctx[ContextVar("never")]
except KeyError:
    print("KeyError")
try:
    class Sub(ContextVar):
        pass
except TypeError as exc:
    print("TypeError", exc)
print(ContextVar[int], Token[str], contextvars.Context is Context)
