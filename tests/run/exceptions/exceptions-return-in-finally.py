# Checks control flow through finally: a return in finally overrides the
# try's return and swallows an exception; break and continue inside try
# still run finally.
def override():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def order(log):
    try:
        log.append("try")
        return "returned"
    finally:
        log.append("finally")
print(override(), swallow())
log = []
print(order(log), log)
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("loop finally", count)
