# Start-up cost: the smallest useful program.
print("hello, world")
