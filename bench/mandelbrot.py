# Mandelbrot set: a size x size bitmap of the region [-1.5, 0.5] x [-1, 1],
# 50 iterations per point, written to stdout as a binary PBM (P4) image;
# float loops and bit packing into bytes.
import sys


def row_bits(y, size, iterations):
    ci = 2.0 * y / size - 1.0
    out = []
    byte = 0
    bit = 0
    for x in range(size):
        cr = 2.0 * x / size - 1.5
        zr = zi = 0.0
        inside = 1
        for _ in range(iterations):
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            if zr * zr + zi * zi > 4.0:
                inside = 0
                break
        byte = (byte << 1) | inside
        bit += 1
        if bit == 8:
            out.append(byte)
            byte = 0
            bit = 0
    if bit:
        out.append(byte << (8 - bit))
    return bytes(out)


def main(size):
    rows = [f"P4\n{size} {size}\n".encode("ascii")]
    for y in range(size):
        rows.append(row_bits(y, size, 50))
    sys.stdout.buffer.write(b"".join(rows))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
