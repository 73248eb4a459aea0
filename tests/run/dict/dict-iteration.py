# Checks iterating a dict: over keys, values and items, sorted keys, and
# building a new dict from another while looping.
prices = {"tea": 2.5, "coffee": 3.0, "cake": 4.25}
for name in prices:
    print(name, prices[name])
total = 0
for price in prices.values():
    total += price
print("total", total)
for name, price in prices.items():
    print(f"{name:>8}: {price:.2f}")
for name in sorted(prices):
    print("sorted", name)
doubled = {}
for name, price in prices.items():
    doubled[name.upper()] = price * 2
print(doubled)
inverted = {}
for name, price in prices.items():
    inverted[price] = name
print(inverted)
print(len(prices.keys()), "tea" in prices.keys(), 3.0 in prices.values())
