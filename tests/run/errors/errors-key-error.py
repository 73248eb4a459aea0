# Checks an uncaught KeyError: the last stderr line shows the key's repr.
config = {"host": "localhost"}
print(config["host"])
print(config["port"])
