# `iter(d)` of a dict inference proved exact is `exact dict_iter`, whose
# `for` loop steps try the dict iterator's path first; `iter(x.items())`
# stays a plain `iter` (the step guesses a dict iterator by the method's
# name, and checks it).
def tally(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    total = 0
    for w in counts:
        total += counts[w]
    for w, n in counts.items():
        total += n
    return total


print(tally(["a", "b", "a"]))
