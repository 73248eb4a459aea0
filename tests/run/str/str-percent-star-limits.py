# printf-style %: starred width/precision overflow, huge widths raise MemoryError, zero/precision layout of %d/%x/%o.
cases = [('%*d', (2**70, 1)), ('%.*f', (2**31, 1.0)), ('%.*d', (2**31, 1)), ('%*d', (2**40, 1)), ('%.2147483647d', 1),
         ('%.*f', (-5, 1.0)), ('%*d|', (-5, 1)), ('%-+8.3d|', 5), ('%08.3x', -5), ('%#-8o|', 8), ('%#08X', 255),
         ('% 05d', 3), ('%.5d', -42), ('%+.0d', 0), ('%5.3d', 7), ('%*s|', ('x', 1)), ('%*g', (2**62, float('nan'))), ('%-*.3e', (2**61, 1.5))]
for f, a in cases:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
