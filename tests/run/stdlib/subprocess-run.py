# subprocess: run with capture_output/text/check/input/cwd/env, check_output,
# check_call, call, Popen with pipes, communicate, wait, poll, stdin
# writing, STDOUT merging, DEVNULL, timeouts, getoutput and the errors.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r, r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode, r.args)
print(subprocess.run("echo $((6 * 7))", shell=True, stdout=subprocess.PIPE).stdout)
print(subprocess.run(["cat"], input=b"piped in\n", capture_output=True).stdout)
print(subprocess.run(["tr", "a-z", "A-Z"], input="shout\r\nme", capture_output=True, text=True))
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout.strip())
print(subprocess.run(["sh", "-c", "echo $GREETING-$HOME"], env={"GREETING": "hi"},
                     capture_output=True, text=True).stdout)
print(subprocess.run(["true"]).returncode, subprocess.run(["false"]).returncode)
print(subprocess.run(["sh", "-c", "echo a; echo b >&2"], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT).stdout)
print(subprocess.run(["sh", "-c", "echo gone; echo gone >&2"], stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL))
try:
    subprocess.run(["sh", "-c", "echo partial; exit 2"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
r = subprocess.run(["sh", "-c", "exit 4"])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)

print(subprocess.check_output(["echo", "checked"]), subprocess.check_output("echo x", shell=True, text=True))
print(subprocess.check_output(["cat"], input=b"in"), subprocess.check_output(["cat"], input=None))
try:
    subprocess.check_output(["false"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output(["echo"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
print(subprocess.call(["true"]), subprocess.call(["sh", "-c", "exit 7"]),
      subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 5"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getoutput("echo one; echo two"), subprocess.getstatusoutput("echo bad >&2; exit 9"))

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"abc")
print(out, err, p.returncode, p.poll(), p.wait())
p = subprocess.Popen(["sh", "-c", "echo one; echo two; echo three"], stdout=subprocess.PIPE,
                     text=True)
print(p.stdout.readline(), end="")
print([line for line in p.stdout], p.wait())
with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b"line 1\n")
    p.stdin.write(b"line 2\n")
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)
p = subprocess.Popen(["sleep", "5"])
print(p.poll())
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait(), p.returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e)
p.kill()
print(p.wait())
print(subprocess.run([sys.executable if False else "echo", "big"], capture_output=True).stdout)
big = subprocess.run(["sh", "-c", "yes x | head -c 300000"], capture_output=True).stdout
print(len(big), big[:4])
echoed = subprocess.run(["cat"], input=b"y" * 200000, capture_output=True).stdout
print(len(echoed))

for bad in [["no-such-program-xyz"], ["/nonexistent/prog"]]:
    try:
        subprocess.run(bad)
    except FileNotFoundError as e:
        print("FileNotFoundError", e)
try:
    subprocess.run(["true"], cwd="/nonexistent-dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    subprocess.run(["/etc/passwd"])
except PermissionError as e:
    print("PermissionError", e)
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
try:
    subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError), subprocess.PIPE,
      subprocess.STDOUT, subprocess.DEVNULL)
sys.stdout.flush()
subprocess.run(["echo", "inherited stdout"])
print("after")
