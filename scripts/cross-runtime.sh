#!/usr/bin/env bash
# Build typhon's runtime archive for another target, so that
# `typhon build --target TRIPLE` can link executables for it.
#
# Usage: bash scripts/cross-runtime.sh [--no-install] [--out DIR] [TRIPLE]
#
# TRIPLE defaults to aarch64-unknown-linux-gnu (the only cross target so
# far). The archive is written to DIR/TRIPLE/libtyphon_runtime.a, where DIR
# defaults to ${CARGO_TARGET_DIR:-target}/lib/typhon: the `lib/typhon`
# folder beside the `bin`-like folders (`debug/`, `release/`) holding the
# typhon binaries, which is where typhon looks first after --runtime and
# $TYPHON_RUNTIME_DIR (see docs/cross-compiling.md).
#
# rustup cannot add targets on the project's machines, so the archive is
# built with Debian's Rust (`rustc-web`) and its arm64 standard library; the
# compiler (built by rustup's Rust) and the runtime meet only at the C ABI.
# Missing Debian packages are installed (root, or sudo), once: running the
# script again only rebuilds what changed. --no-install fails instead.
#
# The build is reproducible: source paths are remapped (the checkout to
# `typhon`, cargo's home to `cargo`), debug info is stripped and the archive
# is written in deterministic mode.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
install=1
out_base=""
triple=aarch64-unknown-linux-gnu
while [ $# -gt 0 ]; do
    case $1 in
        --no-install) install=0 ;;
        --out) out_base=$2; shift ;;
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "cross-runtime.sh: unknown option $1" >&2; exit 2 ;;
        *) triple=$1 ;;
    esac
    shift
done

case $triple in
    aarch64-unknown-linux-gnu)
        deb_arch=arm64
        gnu=aarch64-linux-gnu
        qemu=qemu-aarch64
        ;;
    *)
        echo "cross-runtime.sh: no recipe for target $triple (supported: aarch64-unknown-linux-gnu)" >&2
        exit 2
        ;;
esac

target_dir=${CARGO_TARGET_DIR:-$root/target}
out_base=${out_base:-$target_dir/lib/typhon}
out_dir=$out_base/$triple
rustc=/usr/bin/rustc
cargo=/usr/bin/cargo
# Debian installs the arm64 standard library here (libstd-rust-web-dev:arm64).
std_dir=/usr/lib/rustlib/$triple/lib
packages=(rustc-web cargo-web "libstd-rust-web-dev:$deb_arch" "gcc-$gnu"
          "libc6-dev-$deb_arch-cross" qemu-user)

have_toolchain() {
    [ -x "$rustc" ] && [ -x "$cargo" ] \
        && compgen -G "$std_dir/libstd-*.rlib" >/dev/null \
        && command -v "$gnu-gcc" >/dev/null \
        && command -v "$gnu-strip" >/dev/null \
        && [ -f "/usr/$gnu/lib/libc.a" ] \
        && command -v "$qemu" >/dev/null
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

if ! have_toolchain; then
    if [ "$install" -eq 0 ]; then
        echo "cross-runtime.sh: the cross toolchain is missing; install: ${packages[*]}" >&2
        exit 1
    fi
    echo "== installing the cross toolchain: ${packages[*]}"
    if ! dpkg --print-foreign-architectures | grep -qx "$deb_arch"; then
        as_root dpkg --add-architecture "$deb_arch"
    fi
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${packages[@]}" >/dev/null
    if ! have_toolchain; then
        echo "cross-runtime.sh: the toolchain is still incomplete after installing" >&2
        exit 1
    fi
fi

echo "== building the runtime for $triple with $($rustc --version)"
start=$SECONDS
cargo_home=${CARGO_HOME:-$HOME/.cargo}
triple_env=$(echo "$triple" | tr 'a-z-' 'A-Z_')
# The workspace asks for rustup's newer Rust; Debian's is older but builds
# the runtime, which is checked by running the cross tests under qemu.
env -u RUSTC_WRAPPER -u RUSTC_WORKSPACE_WRAPPER -u CARGO_BUILD_RUSTFLAGS \
    -u CARGO_ENCODED_RUSTFLAGS -u CARGO_TARGET_DIR \
    RUSTC="$rustc" \
    "CARGO_TARGET_${triple_env}_LINKER=$gnu-gcc" \
    RUSTFLAGS="--remap-path-prefix=$root=typhon --remap-path-prefix=$cargo_home=cargo -Cforce-unwind-tables=no" \
    "$cargo" build --quiet --locked --ignore-rust-version \
    --manifest-path "$root/Cargo.toml" \
    -p typhon-runtime --lib --profile runtime \
    --target "$triple" --target-dir "$target_dir/cross"

built=$target_dir/cross/$triple/runtime/libtyphon_runtime.a
mkdir -p "$out_dir"
# Debian's arm64 standard library carries debug info; executables need none.
"$gnu-strip" --strip-debug --enable-deterministic-archives \
    -o "$out_dir/libtyphon_runtime.a.partial" "$built"
mv "$out_dir/libtyphon_runtime.a.partial" "$out_dir/libtyphon_runtime.a"
echo "== $out_dir/libtyphon_runtime.a ($(wc -c <"$out_dir/libtyphon_runtime.a") bytes, built in $((SECONDS - start))s)"
