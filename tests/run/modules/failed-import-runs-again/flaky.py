print("running flaky")
before = 1
ratio = 1 / 0
