# input() reads lines from stdin without the newline, prompts go to stdout, EOFError at the end of input
print(input('first? '))
print(repr(input()))
try:
    while True:
        print('got', repr(input('> ')))
except EOFError as e:
    print('EOFError', repr(e))
