# Checks print to sys.stderr and flush=True: stdout keeps only its own
# lines, and stderr's last line is compared.
import sys
print("to stdout")
print("first error line", file=sys.stderr)
print("flushed", flush=True)
print("to stdout", "again", sep="|", file=sys.stdout)
print("last", "stderr line", file=sys.stderr, flush=True)
