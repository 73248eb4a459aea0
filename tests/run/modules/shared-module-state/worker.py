# A second importer of counter that changes its state.
import counter
def work(times):
    for i in range(times):
        counter.bump(1)
def report():
    return "count is " + str(counter.count)
