# quit() with a string prints it to stderr and exits with status 1.
print("before")
quit("stopping here")
