# A text-processing CLI: argparse options, csv parsing of an embedded data set, collections.Counter/defaultdict/namedtuple summaries, formatted report.
import argparse
import csv
import io
from collections import Counter, defaultdict, namedtuple, OrderedDict

DATA = """date,region,product,units,price
2024-01-03,north,widget,12,2.50
2024-01-03,south,gadget,3,10.00
2024-01-04,north,gadget,7,9.50
2024-01-05,east,widget,20,2.40
2024-01-05,south,widget,5,2.50
2024-01-06,north,gizmo,1,99.99
2024-01-06,east,gadget,4,10.50
"""

Sale = namedtuple("Sale", "date region product units price")

def parse(text):
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        yield Sale(row["date"], row["region"], row["product"], int(row["units"]), float(row["price"]))

def build_parser():
    p = argparse.ArgumentParser(prog="sales", description="Summarise sales.")
    p.add_argument("--by", choices=["region", "product"], default="region")
    p.add_argument("--top", type=int, default=2)
    p.add_argument("--min-units", dest="min_units", type=int, default=0)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--csv", action="store_true", help="emit CSV")
    return p

def report(args):
    sales = [s for s in parse(DATA) if s.units >= args.min_units]
    totals = defaultdict(float)
    units = Counter()
    for s in sales:
        key = getattr(s, args.by)
        totals[key] += s.units * s.price
        units[key] += s.units
    if args.verbose:
        print(f"{len(sales)} sales after filtering (verbosity {args.verbose})")
    ordered = OrderedDict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
    if args.csv:
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow([args.by, "revenue", "units"])
        for key, revenue in ordered.items():
            w.writerow([key, f"{revenue:.2f}", units[key]])
        print(out.getvalue(), end="")
    else:
        width = max(len(k) for k in ordered)
        for key, revenue in ordered.items():
            print(f"{key:<{width}} | {revenue:>8.2f} | {units[key]:>3}")
    print("top:", [k for k, _ in units.most_common(args.top)])

parser = build_parser()
for argv in (["--by", "product"], ["-vv", "--top", "1", "--min-units", "4"], ["--csv"], ["--by", "day"]):
    try:
        report(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
