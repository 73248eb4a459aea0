NAME = "video plugin"
