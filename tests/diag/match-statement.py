# Checks that match statements are rejected.
command = "go"
match command:  # error: [unsupported-feature]
    case "go":
        print("going")
    case _:
        print("unknown")
