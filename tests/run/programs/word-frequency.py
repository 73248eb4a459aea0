# A word-frequency counter over a text embedded in the program: normalises
# case and punctuation, counts with a dict, ranks by count then word, and
# prints a small histogram. Catches integration bugs across str, dict,
# list sorting with key functions, and formatted output.
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way.
"""

PUNCTUATION = ",.;:!?\"'()-"
STOP_WORDS = ["the", "of", "it", "was", "we", "to", "us", "all"]


def normalise(word):
    res = ""
    for ch in word.lower():
        if ch not in PUNCTUATION:
            res += ch
    return res


def count_words(text):
    counts = {}
    for raw in text.split():
        word = normalise(raw)
        if word == "" or word in STOP_WORDS:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts


def rank_key(pair):
    # Highest count first, then alphabetical.
    return (-pair[1], pair[0])


def top_words(counts, n):
    pairs = []
    for word, count in counts.items():
        pairs.append((word, count))
    pairs.sort(key=rank_key)
    return pairs[:n]


def histogram(pairs):
    widest = 0
    for word, count in pairs:
        if len(word) > widest:
            widest = len(word)
    lines = []
    for word, count in pairs:
        lines.append(f"{word:<{widest}} {'#' * count} ({count})")
    return lines


def letter_stats(counts):
    letters = {}
    for word in counts:
        first = word[0]
        letters[first] = letters.get(first, 0) + counts[word]
    res = []
    for letter in sorted(letters):
        res.append(letter + "=" + str(letters[letter]))
    return " ".join(res)


counts = count_words(TEXT)
total = 0
for value in counts.values():
    total += value
print("distinct words:", len(counts))
print("counted words:", total)
for line in histogram(top_words(counts, 8)):
    print(line)
print("by first letter:", letter_stats(counts))
longest = ""
for word in counts:
    if len(word) > len(longest) or (len(word) == len(longest) and word < longest):
        longest = word
print("longest word:", longest, len(longest))
singles = []
for word in sorted(counts):
    if counts[word] == 1:
        singles.append(word)
print("seen once:", ", ".join(singles[:6]), "...", len(singles))
