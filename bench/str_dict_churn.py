# A long-running churn of strings and dicts over a bounded working set:
# memory must stay flat however long it runs.
import sys


def main(n):
    cache = {}
    total = 0
    for i in range(n):
        key = "key" + str(i % 5000)
        record = {"id": i, "name": key.upper(), "tags": [key, str(i), key * 3]}
        cache[key] = record
        total += len(record["name"]) + len(record["tags"][2])
    print(total, len(cache))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000000)
