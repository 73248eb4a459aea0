print("helper name:", __name__)
if __name__ == "__main__":
    print("helper as main")
else:
    print("helper imported")
def f():
    return __name__
