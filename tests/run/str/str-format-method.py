# Checks str.format: automatic and numbered fields, keyword fields, format
# specs for width, alignment, precision and zero padding, and !r.
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"), "{1} before {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=31))
print("[{:>6}] [{:<6}] [{:^6}] [{:*^7}]".format("ab", "ab", "ab", "ab"))
print("{:.3f} {:8.2f} {:05d} {:+d} {:,}".format(3.14159, 2.5, 42, 7, 1234567))
print("{!r} {!s} {}".format("q", "q", None))
print("{:x} {:o} {:b} {:X} {:#x}".format(255, 8, 5, 255, 255))
print("{{literal}} {}".format("ok"), "{:%}".format(0.25), "{:.1e}".format(12345.678))
