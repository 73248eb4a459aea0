# Checks the `time` module's clocks and `sleep` (issue #4): types, that
# monotonic clocks do not go backwards, that sleep waits, and the errors.
import time

start = time.time()
mono = time.monotonic()
perf = time.perf_counter()
cpu = time.process_time()
print(type(start).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(start > 1.6e9, time.time_ns() > 1.6e18, abs(time.time_ns() / 1e9 - time.time()) < 1.0)
time.sleep(0.05)
time.sleep(0)
time.sleep(False)
print(time.monotonic() - mono >= 0.05, time.perf_counter() - perf >= 0.05, time.time() - start >= 0.04)
print(time.process_time() >= cpu, time.monotonic_ns() >= 0, time.process_time_ns() >= 0)
for bad in [-1, "a", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(e)
