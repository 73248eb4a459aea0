# Word frequencies: generates a text of made-up words (syllables picked by
# a linear congruential generator, Zipf-like skew, punctuation and case),
# then normalises, splits and counts it with a dict, and prints the most
# frequent words, the length histogram and a few longest words.
import sys

SYLLABLES = [
    "ka", "lo", "mi", "ten", "ra", "shu", "vel", "to", "an", "qui",
    "dor", "ne", "sa", "bri", "um", "ph", "el", "zo", "ri", "gan",
]
PUNCTUATION = [",", ".", ";", "!", "?", ""]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 214013 + 2531011) % 4294967296
        return self.state >> 16

    def skewed(self, n):
        """An index below n, small ones much likelier (product of two uniforms)."""
        return (self.next() % n) * (self.next() % n) // n


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        word = "".join(SYLLABLES[rng.next() % len(SYLLABLES)] for _ in range(1 + rng.next() % 4))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_text(rng, vocabulary, n_words):
    parts = []
    for i in range(n_words):
        word = vocabulary[rng.skewed(len(vocabulary))]
        roll = rng.next() % 16
        if roll == 0:
            word = word.capitalize()
        elif roll == 1:
            word = word.upper()
        parts.append(word + PUNCTUATION[rng.next() % 24 % 6 if roll < 4 else 5])
        if i % 17 == 16:
            parts.append("\n")
    return " ".join(parts)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for token in line.split():
            word = token.strip(",.;!?").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def main(n_words):
    rng = Lcg(12345)
    vocabulary = make_vocabulary(rng, 2000)
    text = make_text(rng, vocabulary, n_words)
    counts = count_words(text)
    print(f"{len(text)} characters, {sum(counts.values())} words, {len(counts)} distinct")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, count in ranked[:15]:
        print(f"{word:>14} {count:7} {'*' * (count * 40 // ranked[0][1])}")
    lengths = {}
    for word, count in counts.items():
        lengths[len(word)] = lengths.get(len(word), 0) + count
    print("lengths:", " ".join(f"{k}:{lengths[k]}" for k in sorted(lengths)))
    longest = sorted(counts, key=lambda w: (-len(w), w))[:5]
    print("longest:", ", ".join(longest))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2400000)
