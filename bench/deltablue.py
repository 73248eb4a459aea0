# An incremental constraint solver in the style of DeltaBlue: variables
# linked by equality and scale constraints of different strengths; adding
# or removing a constraint re-plans locally, and an extracted plan is
# re-executed as inputs change. Exercises small classes, inheritance,
# virtual methods and lists used as work queues.
import sys


class Strength:
    def __init__(self, rank, name):
        self.rank = rank  # smaller is stronger
        self.name = name

    def stronger(self, other):
        return self.rank < other.rank

    def weaker(self, other):
        return self.rank > other.rank

    def weakest(self, other):
        return self if self.weaker(other) else other

    def __repr__(self):
        return self.name


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
LEVELS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST]


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints = [c for c in self.constraints if c is not constraint]
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark):
        """Pick a method for this constraint; return the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        super().__init__(planner, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.var.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.var.mark != mark and self.strength.stronger(self.var.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def mark_unsatisfied(self):
        self.satisfied = False

    def output(self):
        return self.var

    def inputs_known(self, mark):
        return True

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its value unless something stronger moves it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable the user is changing: an input of plans."""

    def is_input(self):
        return True


FORWARD = 1
BACKWARD = -1
UNDECIDED = 0


class BinaryConstraint(Constraint):
    def __init__(self, planner, first, second, strength, install=True):
        super().__init__(planner, strength)
        self.first = first
        self.second = second
        self.direction = UNDECIDED
        if install:
            self.install()

    def add_to_graph(self):
        self.first.attach(self)
        self.second.attach(self)
        self.direction = UNDECIDED

    def remove_from_graph(self):
        self.first.detach(self)
        self.second.detach(self)
        self.direction = UNDECIDED

    def choose_method(self, mark):
        first, second, strength = self.first, self.second, self.strength
        if first.mark == mark:
            ok = second.mark != mark and strength.stronger(second.walk_strength)
            self.direction = FORWARD if ok else UNDECIDED
        elif second.mark == mark:
            ok = strength.stronger(first.walk_strength)
            self.direction = BACKWARD if ok else UNDECIDED
        elif first.walk_strength.weaker(second.walk_strength):
            self.direction = BACKWARD if strength.stronger(first.walk_strength) else UNDECIDED
        else:
            self.direction = FORWARD if strength.stronger(second.walk_strength) else BACKWARD

    def is_satisfied(self):
        return self.direction != UNDECIDED

    def input(self):
        return self.first if self.direction == FORWARD else self.second

    def output(self):
        return self.second if self.direction == FORWARD else self.first

    def mark_inputs(self, mark):
        self.input().mark = mark

    def mark_unsatisfied(self):
        self.direction = UNDECIDED

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = self.strength.weakest(source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """second = first * scale + offset, in whichever direction is chosen."""

    def __init__(self, planner, source, scale, offset, dest, strength):
        super().__init__(planner, source, dest, strength, install=False)
        self.scale = scale
        self.offset = offset
        self.install()

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.second.value = self.first.value * self.scale.value + self.offset.value
        else:
            self.first.value = (self.second.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = self.strength.weakest(source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self, steps):
        self.steps = steps

    def __len__(self):
        return len(self.steps)

    def execute(self):
        for constraint in self.steps:
            constraint.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for level in LEVELS:
            for candidate in unsatisfied:
                if candidate.strength is level:
                    self.incremental_add(candidate)

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            current = todo.pop()
            if current.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            current.recalculate()
            self.consumers_of(current.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            var = todo.pop()
            for c in var.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            for c in var.constraints:
                if c is not var.determined_by and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def consumers_of(self, var, into):
        for c in var.constraints:
            if c is not var.determined_by and c.is_satisfied():
                into.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        steps = []
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                steps.append(c)
                out.mark = mark
                self.consumers_of(out, todo)
        return Plan(steps)

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def chain_test(n):
    """A chain of n equalities: editing the first variable must move the last."""
    planner = Planner()
    chain = [Variable(f"v{i}") for i in range(n + 1)]
    for a, b in zip(chain, chain[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    StayConstraint(planner, chain[-1], STRONG_DEFAULT)
    edit = EditConstraint(planner, chain[0], PREFERRED)
    plan = planner.plan_for([edit])
    errors = 0
    for value in range(100):
        chain[0].value = value
        plan.execute()
        if chain[-1].value != value:
            errors += 1
    edit.destroy()
    return len(plan), errors


def change(planner, var, value):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_for([edit])
    for _ in range(10):
        var.value = value
        plan.execute()
    edit.destroy()
    return len(plan)


def projection_test(n):
    """n source/destination pairs sharing a scale and an offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources = []
    dests = []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    steps = change(planner, sources[-1], 17)
    errors = int(dests[-1].value != 1170)
    steps += change(planner, dests[-1], 1050)
    errors += int(sources[-1].value != 5)
    steps += change(planner, scale, 5)
    errors += sum(1 for i in range(n - 1) if dests[i].value != i * 5 + 1000)
    steps += change(planner, offset, 2000)
    errors += sum(1 for i in range(n - 1) if dests[i].value != i * 5 + 2000)
    return steps, errors, sum(d.value for d in dests)


def main(rounds):
    totals = [0, 0, 0]
    for _ in range(rounds):
        length, errors = chain_test(100)
        totals[0] += length
        totals[1] += errors
        steps, errors, checksum = projection_test(100)
        totals[0] += steps
        totals[1] += errors
        totals[2] += checksum
    print(f"plan steps {totals[0]}, errors {totals[1]}, checksum {totals[2]}")
    print(f"strengths: {LEVELS}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
