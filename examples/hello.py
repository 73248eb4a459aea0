# A first program: functions, loops, big integers and f-strings.


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def main():
    print("Hello from typhon!")
    for n in (5, 10, 30):
        print(f"{n}! = {factorial(n)}")
    squares = []
    for n in range(5):
        squares.append(n * n)
    print(squares, sum(squares), max(squares))


if __name__ == "__main__":
    main()
