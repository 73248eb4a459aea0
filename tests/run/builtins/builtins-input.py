# Checks input(): reading lines from stdin without their newline, a prompt
# written to stdout, and EOFError once stdin is exhausted.
name = input()
age = int(input("age? "))
print()
print(f"{name} is {age}")
numbers = input().split()
total = 0
for n in numbers:
    total += int(n)
print("sum", total)
lines = []
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOFError:", repr(str(e)))
        break
    lines.append(line)
print(lines)
