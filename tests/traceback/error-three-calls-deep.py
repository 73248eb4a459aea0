# Checks the traceback of an error raised three calls deep: one entry per
# frame, outermost first, each with its line and source text.
def parse_port(text):
    return int(text)


def read_config(entries):
    port = parse_port(entries["port"])
    return port + 1


def main():
    config = {"host": "example", "port": "80a"}
    print("reading config")
    return read_config(config)


main()
