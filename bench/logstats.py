# Access-log statistics over a large text read from standard input (made by
# bench/inputs/logstats.py): splits it into lines and fields, parses query
# strings, counts with string-keyed dicts, rebuilds every request as a CSV
# record (joins, f-strings, concatenation, case changes, replace) and prints
# a report. String building and splitting with little arithmetic.
import sys


def parse(line):
    date, clock, method, target, status, size, user, agent = line.split(" ", 7)
    path, _, query = target.partition("?")
    params = {}
    if query:
        for pair in query.split("&"):
            key, _, value = pair.partition("=")
            params[key] = value
    return date, clock[:2], method, path, int(status), int(size), user, agent.strip('"'), params


def bump(counts, key, by=1):
    counts[key] = counts.get(key, 0) + by


def top(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def main():
    text = sys.stdin.read()
    sections = {}
    users = {}
    statuses = {}
    hours = {}
    agents = {}
    params_seen = {}
    words = {}
    records = []
    comments = 0
    for line in text.splitlines():
        if not line:
            continue
        if line.startswith("#"):
            comments += 1
            continue
        date, hour, method, path, status, size, user, agent, params = parse(line)
        parts = path.split("/")
        bump(sections, "/".join(parts[:3]))
        if user != "-":
            bump(users, user, size)
        bump(statuses, f"{status // 100}xx")
        bump(hours, hour)
        bump(agents, agent.split("/")[0].lower())
        for key, value in params.items():
            bump(params_seen, key)
            if not value.isdigit():
                bump(words, value)
        record = ",".join(
            [date.replace("-", ""), hour, method.lower(), path.upper(), str(status), str(size), user]
        )
        if params:
            record += ";" + "|".join(k + ":" + v for k, v in sorted(params.items()))
        records.append(record)
    csv = "\n".join(records)
    print(f"{len(records)} requests, {comments} comments, {len(csv)} CSV characters")
    print("checksum:", sum(len(r) for r in records) % 1000003, csv.count(";"), csv.count("POST".lower()))
    print("sections:")
    for name, count in top(sections, 8):
        print(f"  {name:<16}{count:>8}")
    print("statuses:", ", ".join(f"{k}={v}" for k, v in sorted(statuses.items())))
    print("hours (per mille):", " ".join(f"{h}:{hours[h] * 1000 // len(records)}" for h in sorted(hours)))
    print("agents:", ", ".join(f"{name} {count}" for name, count in top(agents, 6)))
    print("parameters:", ", ".join(f"{k}={v}" for k, v in top(params_seen, 6)))
    print("words:", " ".join(f"{w.upper()}({n})" for w, n in top(words, 10)))
    print("heaviest users:")
    for name, total in top(users, 5):
        bar = ""
        for _ in range(total * 30 // top(users, 1)[0][1]):
            bar += "#"
        print(f"  {name:>9} {total:>12,} {bar}")
    print("last:", records[-1])


main()
