# A logger class using %-formatting (flags, widths, mappings), print sep/end, global counters, the __main__ guard
VERSION = "1.0"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class Logger:
    level_names = {10: "DEBUG", 20: "INFO", 30: "WARN"}
    def __init__(self, name, level=20):
        self.name, self.level = name, level
        self.lines = []
    def log(self, level, fmt, *args):
        if level >= self.level:
            line = "%-5s %s: %s" % (self.level_names[level], self.name, fmt % args)
            self.lines.append(line)
            print(line)
    def debug(self, fmt, *args): self.log(10, fmt, *args)
    def info(self, fmt, *args): self.log(20, fmt, *args)
    def warn(self, fmt, *args): self.log(30, fmt, *args)
def main():
    log = Logger("app")
    log.debug("hidden %d", 1)
    log.info("version %s, %d items, %.2f%% done", VERSION, 42, 99.5)
    log.warn("%r and %s; %5.1f|%-6d|%06.2f|%x|%o|%e", "q", None, 3.14159, 7, 2.5, 255, 8, 12345.678)
    log.info("%(user)s logged in %(n)d times", {"user": "ann", "n": 3})
    print(bump(), bump(), counter, sep=" | ", end=" <end>\n")
    print("a", "b", sep="")
    print()
    print(*[1, 2, 3], sep=", ")
    print("%s" % [1, 2], "%s" % (1,), "%c%c" % (72, "i"), "%%")
    return len(log.lines)
if __name__ == "__main__":
    n = main()
    print("lines:", n, __name__)
