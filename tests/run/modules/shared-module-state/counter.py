# Module-level state shared by every importer.
count = 0
history = []
total = "initial"
def bump(n):
    global count
    count += n
    history.append(n)
