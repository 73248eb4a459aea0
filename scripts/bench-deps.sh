#!/usr/bin/env bash
# Installs what the benchmark scripts use, from Debian's packages, when
# missing: hyperfine (timing single programs by hand), pypy3 (the third
# column of scripts/bench.py) and time (/usr/bin/time -v, which
# scripts/memory.py reads peak memory from).
#
# Usage: bash scripts/bench-deps.sh
#
# Idempotent: with everything present it installs nothing and touches no
# package list. Runs apt-get as root, or through sudo.
set -euo pipefail

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v pypy3 >/dev/null || missing+=(pypy3)
[ -x /usr/bin/time ] || missing+=(time)

if [ "${#missing[@]}" -eq 0 ]; then
    echo "bench-deps.sh: hyperfine, pypy3 and /usr/bin/time are installed"
    exit 0
fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

echo "== installing ${missing[*]}"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for tool in hyperfine pypy3; do
    command -v "$tool" >/dev/null || { echo "bench-deps.sh: $tool is still missing" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench-deps.sh: /usr/bin/time is still missing" >&2; exit 1; }
echo "bench-deps.sh: done"
