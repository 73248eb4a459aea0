NAME = "helper2"
