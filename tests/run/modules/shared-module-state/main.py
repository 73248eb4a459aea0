# Checks that a module is one shared object: state changed through one
# importer is seen by another, and rebinding a name imported with `from`
# does not change the module.
import counter
import worker
from counter import total
worker.work(3)
counter.bump(10)
print(counter.count, counter.history)
print(worker.report())
print("imported early:", total)
counter.count = 100
print(worker.report())
