# Checks that break, continue and return leaving an except* clause are the
# SyntaxError CPython reports, while a break inside a loop nested in the
# clause, or a return in a function defined there, is fine.
def handler():
    for attempt in range(3):
        try:
            pass
        except* ValueError:
            break  # error: [syntax-error]
        except* TypeError:
            continue  # error: [syntax-error]
        except* KeyError:
            return attempt  # error: [syntax-error]
        except* OSError:
            for inner in range(2):
                if inner:
                    break
                continue

            def helper():
                return 1

            helper()
