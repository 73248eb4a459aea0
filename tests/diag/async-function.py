# Checks that async functions are rejected.
async def fetch():  # error: [unsupported-feature]
    return 1
