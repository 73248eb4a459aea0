# A CSV-to-JSON converter and back: csv.DictReader over io.StringIO (quoted fields with commas, newlines and doubled quotes, restkey/restval, a semicolon dialect, Sniffer-free dialect registration), type coercion by column, json.dumps with indent/sort_keys/ensure_ascii/separators/default, json.loads with object_pairs_hook, csv.DictWriter with extrasaction and QUOTE_NONNUMERIC, line terminators.
import csv
import io
import json
from collections import OrderedDict
from datetime import date
from decimal import Decimal

RAW = '''id,name,joined,balance,tags,active
1,"Smith, Anna",2021-04-03,1520.50,"vip;early",yes
2,Bob "the builder" Jones,2022-11-30,-20.00,,no
3,"Chloé ""CJ"" Martin",2020-01-15,0,"beta",yes
4,"Multi
Line",2023-07-07,99.99,"x;y;z",yes,EXTRA,MORE
5,Short,2019-12-31
'''

COERCE = {
    "id": int,
    "joined": date.fromisoformat,
    "balance": Decimal,
    "tags": lambda s: [t for t in s.split(";") if t],
    "active": lambda s: {"yes": True, "no": False}.get(s),
}


def coerce(row):
    out = {}
    for key, value in row.items():
        if key is None:
            out["_extra"] = value
        elif value is None:
            out[key] = None
        else:
            out[key] = COERCE.get(key, str)(value)
    return out


def to_jsonable(obj):
    if isinstance(obj, Decimal):
        return float(obj) if obj % 1 else int(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


reader = csv.DictReader(io.StringIO(RAW), restval=None)
print("fields:", reader.fieldnames)
records = [coerce(row) for row in reader]
print("line_num", reader.line_num, "records", len(records))
text = json.dumps(records, indent=2, sort_keys=True, default=to_jsonable, ensure_ascii=False)
print(text)
compact = json.dumps(records[:2], separators=(",", ":"), default=to_jsonable)
print(compact)
print(json.dumps({"name": records[2]["name"]}), json.dumps("tab\there", ensure_ascii=True))

back = json.loads(text, object_pairs_hook=OrderedDict)
print(type(back[0]).__name__, list(back[0])[:3], back[3]["_extra"])
try:
    json.dumps({"when": date(2024, 1, 1)})
except TypeError as exc:
    print("TypeError:", exc)

csv.register_dialect("semi", delimiter=";", quotechar="'", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["id", "name", "balance", "active"], dialect="semi", extrasaction="ignore")
writer.writeheader()
for rec in back:
    writer.writerow({**rec, "name": rec["name"].replace("\n", " ")})
print(out.getvalue(), end="")
print(csv.list_dialects().count("semi"), csv.get_dialect("semi").delimiter)

rows = list(csv.reader(io.StringIO(out.getvalue()), dialect="semi"))
print(rows[1], len(rows))
strict = io.StringIO()
w2 = csv.DictWriter(strict, fieldnames=["id", "balance"], quoting=csv.QUOTE_NONNUMERIC)
w2.writeheader()
w2.writerows([{"id": 1, "balance": 2.5}, {"id": 2, "balance": "n/a"}])
print(repr(strict.getvalue()))
try:
    w2.writerow({"id": 3, "oops": 1})
except ValueError as exc:
    print("ValueError:", exc)
nums = list(csv.reader(io.StringIO(strict.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
print(nums)
totals = {}
for rec in records:
    key = "active" if rec["active"] else "inactive"
    totals[key] = totals.get(key, Decimal(0)) + (rec["balance"] or 0)
print(json.dumps(totals, default=str, indent="\t"))
