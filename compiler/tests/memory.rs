//! The collector on programs too big for the run tests under stress mode
//! (which collects at every allocation): a million-node linked list is
//! marked without overflowing the native stack, and a million cyclic
//! graphs are reclaimed as the program goes, and dead large objects are
//! freed.

use std::path::{Path, PathBuf};
use std::process::Command;

fn build(name: &str, text: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("memory")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    let source = dir.join("app.py");
    std::fs::write(&source, text).expect("write program");
    let exe = dir.join("app");
    let status = Command::new(env!("CARGO_BIN_EXE_typhon"))
        .arg("build")
        .arg(&source)
        .arg("-o")
        .arg(&exe)
        .status()
        .expect("run typhon");
    assert!(status.success());
    exe
}

fn run(exe: &Path) -> String {
    let output = Command::new(exe)
        .env_remove("TYPHON_GC_STRESS")
        .output()
        .expect("run the executable");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("utf-8 output")
}

#[test]
fn million_node_list_is_marked_without_recursion() {
    let exe = build(
        "linked",
        "import gc\n\
         head = None\n\
         for i in range(1000000):\n    head = [i, head]\n\
         gc.collect()\n\
         n = 0\n\
         node = head\n\
         while node is not None:\n    n += node[0]\n    node = node[1]\n\
         print(n)\n",
    );
    assert_eq!(run(&exe), "499999500000\n");
}

#[test]
fn million_cycles_are_reclaimed() {
    let exe = build(
        "cycles",
        "import gc\n\
         total = 0\n\
         for i in range(1000000):\n    a = [i]\n    b = [a]\n    a.append(b)\n    total += b[0][0]\n\
         gc.collect()\n\
         print(total)\n",
    );
    assert_eq!(run(&exe), "499999500000\n");
}

/// The collector's own bookkeeping (which records the address of every
/// large object) is not a root: a dead list whose items outgrew a small
/// buffer is freed, buffer and all (two objects per list), and so is a
/// dead big `bytes`. Scanning that bookkeeping as a Rust buffer kept every
/// large object alive.
#[test]
fn dead_large_objects_are_reclaimed() {
    let exe = build(
        "large",
        "import gc\n\
         freed = 0\n\
         for i in range(20):\n    x = [i] * 1000000\n    x = None\n    freed += gc.collect()\n\
         print(freed >= 30)\n\
         freed = 0\n\
         for i in range(20):\n    x = bytes(1000000)\n    x = None\n    freed += gc.collect()\n\
         print(freed >= 15)\n",
    );
    assert_eq!(run(&exe), "True\nTrue\n");
}
