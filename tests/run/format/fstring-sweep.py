# f-strings: conversions, nested format specs, = debugging, expressions with quotes, dict/attribute access, numbers of all kinds
x, y, name, pi = 42, -7, 'Ada', 3.14159265
items = {'k': [1, 2]}
class Obj:
    attr = 'value'
    def __repr__(self):
        return 'Obj()'
o = Obj()
w, p = 10, 3
print(f'{x}|{y:+}|{name!r}|{name!s:^9}|{name!a}|{pi:.{p}f}|{pi:{w}.{p}}|{x:#0{w}b}')
print(f'{items["k"][1]}|{o.attr}|{o!r}|{o}|{x + y = }|{name=}|{pi=:.2f}|{ x * 2 = }')
print(f'{"nested " + f"{x}"}|{x:>{w}}|{x:<{w}}|{x:^{w}}|{"{}"}|{{literal}}|{x!r:>5}')
print(f'{1e100:e}|{-0.0}|{float("nan")}|{2**70:,}|{1j}|{True:d}|{None!r}|{[1, "a"]}|{(1,)}|{ {1: 2} }')
print(f'{x:{"^"}{w}}', f'{"é":*^7}', f'{12345.6789:_.2f}', f'{0.5:.0%}', f'{255:#X}', f'{-255:x}', f'{65:c}')
print(f'''{name
}''', f'{x if x > 0 else y}', f'{[i * i for i in range(4)]}', f'{(lambda v: v * 2)(21)}', f'{name[::-1]}')
