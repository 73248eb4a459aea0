# The standard input of bench/logstats.py: a web-server access log of
# made-up requests (a linear congruential generator picks dates, paths,
# query strings, statuses, sizes, users and agents, with a skew towards a
# few popular ones), one request per line, with the occasional comment and
# blank line. Usage: python3 bench/inputs/logstats.py [LINES]
import sys

SECTIONS = ["api", "static", "blog", "shop", "docs", "user", "search", "admin"]
PAGES = ["index", "list", "item", "view", "edit", "new", "feed", "about", "help", "cart"]
KEYS = ["id", "page", "q", "sort", "lang", "ref"]
WORDS = ["red", "blue", "tea", "coffee", "python", "rust", "map", "sky", "zip", "kite"]
METHODS = ["GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE"]
STATUSES = [200, 200, 200, 200, 200, 200, 304, 301, 404, 404, 500, 403]
AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64)",
    "Mozilla/5.0 (Windows NT 10.0; Win64)",
    "curl/8.4.0",
    "Wget/1.21",
    "Googlebot/2.1 (+http://www.google.com/bot.html)",
    "python-requests/2.31",
]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state >> 8

    def pick(self, items):
        return items[self.next() % len(items)]

    def skewed(self, n):
        return (self.next() % n) * (self.next() % n) // n


def line(rng, number):
    day = 1 + number * 28 // 1000000 % 28
    seconds = rng.next() % 86400
    stamp = f"2024-02-{day:02d} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    path = "/" + SECTIONS[rng.skewed(len(SECTIONS))] + "/" + PAGES[rng.skewed(len(PAGES))]
    if rng.next() % 3 == 0:
        path += "/" + str(rng.skewed(5000))
    query = "&".join(
        rng.pick(KEYS) + "=" + (str(rng.next() % 100) if rng.next() % 2 else rng.pick(WORDS))
        for _ in range(rng.next() % 4)
    )
    target = path + "?" + query if query else path
    user = "-" if rng.next() % 5 == 0 else "user" + str(rng.skewed(3000))
    size = rng.next() % 50000 if rng.next() % 7 else 0
    agent = AGENTS[rng.skewed(len(AGENTS))]
    return f'{stamp} {rng.pick(METHODS)} {target} {rng.pick(STATUSES)} {size} {user} "{agent}"'


def main(n):
    rng = Lcg(2024)
    out = []
    for number in range(n):
        if number % 997 == 0:
            out.append(f"# rotated at line {number}")
        if number % 1499 == 0:
            out.append("")
        out.append(line(rng, number))
    sys.stdout.write("\n".join(out) + "\n")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
