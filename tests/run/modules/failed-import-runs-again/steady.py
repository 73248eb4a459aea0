runs = 1
print("running steady")
