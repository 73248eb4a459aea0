# Checks f-strings used to lay out a table with computed column widths,
# the way report-printing scripts do.
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("kiwis", 100, 1.125)]
name_width = 0
for row in rows:
    if len(row[0]) > name_width:
        name_width = len(row[0])
print(f"{'item':<{name_width}} | {'qty':>5} | {'price':>7}")
print("-" * (name_width + 18))
total = 0.0
for name, qty, price in rows:
    cost = qty * price
    total += cost
    print(f"{name:<{name_width}} | {qty:>5d} | {price:>7.3f} | {cost:8.2f}")
print(f"{'total':>{name_width + 18}} {total:8.2f}")
