# Fasta: pseudo-random DNA sequences from a linear congruential generator
# and cumulative probability tables, plus a repeated fixed sequence; string
# building and lines of 60 characters.
import sys

ALU = (
    "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGG"
    "AGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGG"
    "CGCGCGCCTGTAATCCCAGCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAG"
    "TGAGCCGAGATCGCGCCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"
)

IUB = [
    ("a", 0.27), ("c", 0.12), ("g", 0.12), ("t", 0.27),
    ("B", 0.02), ("D", 0.02), ("H", 0.02), ("K", 0.02),
    ("M", 0.02), ("N", 0.02), ("R", 0.02), ("S", 0.02),
    ("V", 0.02), ("W", 0.02), ("Y", 0.02),
]

HOMO_SAPIENS = [
    ("a", 0.3029549426680),
    ("c", 0.1979883004921),
    ("g", 0.1975473066391),
    ("t", 0.3015094502008),
]

LINE = 60


class Random:
    """The classic fasta generator: seed = (seed * 3877 + 29573) % 139968."""

    MODULUS = 139968

    def __init__(self, seed):
        self.seed = seed

    def next(self, limit):
        self.seed = (self.seed * 3877 + 29573) % self.MODULUS
        return limit * self.seed / self.MODULUS


def repeat_fasta(header, source, n, out):
    out.append(header)
    doubled = source * ((LINE // len(source)) + 2)
    pos = 0
    while n > 0:
        take = min(n, LINE)
        out.append(doubled[pos : pos + take])
        pos = (pos + take) % len(source)
        n -= take


def cumulative(table):
    total = 0.0
    letters = []
    bounds = []
    for letter, p in table:
        total += p
        letters.append(letter)
        bounds.append(total)
    return letters, bounds


def random_fasta(header, table, n, rng, out):
    out.append(header)
    letters, bounds = cumulative(table)
    last = len(letters) - 1
    while n > 0:
        take = min(n, LINE)
        chars = []
        for _ in range(take):
            r = rng.next(1.0)
            i = 0
            while i < last and r >= bounds[i]:
                i += 1
            chars.append(letters[i])
        out.append("".join(chars))
        n -= take


def main(n):
    rng = Random(42)
    out = []
    repeat_fasta(">ONE Homo sapiens alu", ALU, n * 2, out)
    random_fasta(">TWO IUB ambiguity codes", IUB, n * 3, rng, out)
    random_fasta(">THREE Homo sapiens frequency", HOMO_SAPIENS, n * 5, rng, out)
    sys.stdout.write("\n".join(out) + "\n")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1250000)
