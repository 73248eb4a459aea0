# A stack VM dispatching through bound methods and closures, game of life on sets, an inventory report with format specs
class VMError(Exception):
    pass

class VM:
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.vars = {}
        self.pc = 0
        self.out = []
        self.dispatch = {
            "push": self.op_push, "add": self.binop(lambda a, b: a + b),
            "sub": self.binop(lambda a, b: a - b), "mul": self.binop(lambda a, b: a * b),
            "lt": self.binop(lambda a, b: a < b), "store": self.op_store, "load": self.op_load,
            "jz": self.op_jz, "jmp": self.op_jmp, "print": self.op_print,
        }
    def binop(self, f):
        def run(_):
            b, a = self.stack.pop(), self.stack.pop()
            self.stack.append(f(a, b))
        return run
    def op_push(self, arg): self.stack.append(arg)
    def op_store(self, arg): self.vars[arg] = self.stack.pop()
    def op_load(self, arg):
        if arg not in self.vars:
            raise VMError(f"unknown variable {arg!r} at pc={self.pc - 1}")
        self.stack.append(self.vars[arg])
    def op_jz(self, arg):
        if not self.stack.pop():
            self.pc = arg
    def op_jmp(self, arg): self.pc = arg
    def op_print(self, _): self.out.append(str(self.stack.pop()))
    def run(self, limit=10000):
        steps = 0
        while self.pc < len(self.code):
            instr = self.code[self.pc]
            op, arg = (instr[0], instr[1]) if len(instr) == 2 else (instr[0], None)
            self.pc += 1
            try:
                self.dispatch[op](arg)
            except KeyError:
                raise VMError(f"bad opcode {op}") from None
            except IndexError as e:
                raise VMError("stack underflow") from e
            steps += 1
            if steps > limit:
                raise VMError("step limit")
        return self.out

prog = [("push", 0), ("store", "i"), ("push", 1), ("store", "f"),
        ("load", "i"), ("push", 6), ("lt",), ("jz", 17),
        ("load", "i"), ("push", 1), ("add",), ("store", "i"),
        ("load", "f"), ("load", "i"), ("mul",), ("store", "f"), ("jmp", 4),
        ("load", "f"), ("print",)]
print(VM(prog).run())
for bad in [[("load", "x")], [("add",)], [("nop",)], [("jmp", 0)]]:
    try:
        VM(bad).run(limit=50)
    except VMError as e:
        print(f"VMError: {e} (cause: {type(e.__cause__).__name__ if e.__cause__ else None})")

def life(cells, steps):
    for _ in range(steps):
        counts = {}
        for (x, y) in cells:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx or dy:
                        counts[(x + dx, y + dy)] = counts.get((x + dx, y + dy), 0) + 1
        cells = {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
    return cells
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = life(glider, 4)
print(sorted(g))
xs, ys = [x for x, _ in g], [y for _, y in g]
for y in range(min(ys), max(ys) + 1):
    print("".join(["#" if (x, y) in g else "." for x in range(min(xs), max(xs) + 1)]))

inventory = [
    {"sku": "A-1", "name": "Widget", "qty": 12, "price": 2.5, "tags": ["metal"]},
    {"sku": "B-22", "name": "Gadget", "qty": 0, "price": 19.99, "tags": []},
    {"sku": "C-3", "name": "Doohickey", "qty": 150, "price": 0.333, "tags": ["plastic", "small"]},
    {"sku": "D-4", "name": "Thingamajig", "qty": 7, "price": 1234.5, "tags": ["metal", "large"]},
]
print(f"{'SKU':<6}{'Name':<12}{'Qty':>5}{'Price':>10}{'Value':>12}")
print("-" * 45)
for item in sorted(inventory, key=lambda i: i["qty"] * i["price"], reverse=True):
    value = item["qty"] * item["price"]
    flag = "!" if item["qty"] == 0 else " "
    print(f"{item['sku']:<6}{item['name'][:11]:<12}{item['qty']:>5d}{item['price']:>10.2f}{value:>12,.2f}{flag}")
total = sum([i["qty"] * i["price"] for i in inventory])
print(f"{'TOTAL':<33}{total:>12,.2f}")
by_tag = {}
for i in inventory:
    for t in i["tags"] or ["untagged"]:
        by_tag.setdefault(t, []).append(i["sku"])
print(dict(sorted(by_tag.items())))
print({k: len(v) for k, v in by_tag.items() if len(v) > 1}, f"{0.1 + 0.2!r:>25}|{1e21:g}|{-0.0:.1f}|{12345.6789:e}")
