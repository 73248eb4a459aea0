# A text-table formatter: computes column widths from the data, aligns
# numbers right and text left with f-strings, adds totals and a sorted
# view. Catches integration bugs in f-string widths and float formatting.
HEADERS = ["city", "country", "population", "area_km2", "density"]
ROWS = [
    ["Tokyo", "Japan", 13960000, 2194.07],
    ["Lagos", "Nigeria", 15388000, 1171.28],
    ["Oslo", "Norway", 709037, 454.0],
    ["Lima", "Peru", 10092000, 2672.3],
    ["Reykjavik", "Iceland", 139875, 273.0],
]


def with_density(rows):
    res = []
    for row in rows:
        density = row[2] / row[3]
        res.append(row + [density])
    return res


def cell_text(value):
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def widths(headers, rows):
    res = []
    for header in headers:
        res.append(len(header))
    for row in rows:
        for idx, value in enumerate(row):
            if len(cell_text(value)) > res[idx]:
                res[idx] = len(cell_text(value))
    return res


def render(headers, rows):
    w = widths(headers, rows)
    lines = []
    header_cells = []
    for idx, header in enumerate(headers):
        header_cells.append(f"{header.upper():^{w[idx]}}")
    lines.append("| " + " | ".join(header_cells) + " |")
    separator = []
    for width in w:
        separator.append("-" * width)
    lines.append("|-" + "-|-".join(separator) + "-|")
    for row in rows:
        cells = []
        for idx, value in enumerate(row):
            text = cell_text(value)
            if isinstance(value, str):
                cells.append(f"{text:<{w[idx]}}")
            else:
                cells.append(f"{text:>{w[idx]}}")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def by_density(row):
    return row[4]


table = with_density(ROWS)
for line in render(HEADERS, table):
    print(line)
print()
total_population = 0
total_area = 0.0
for row in table:
    total_population += row[2]
    total_area += row[3]
print(f"{'total population:':<20}{total_population:>15,}")
print(f"{'total area:':<20}{total_area:>15,.2f}")
print(f"{'mean density:':<20}{total_population / total_area:>15.3f}")
densest = sorted(table, key=by_density, reverse=True)
for rank, row in enumerate(densest, 1):
    print(f"{rank:>2}. {row[0]:<10} {row[4]:>10.2f} people/km2 {'*' * int(row[4] // 2000)}")
