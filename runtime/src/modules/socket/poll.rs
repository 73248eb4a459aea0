//! `_socket.poll`, which `stdlib/select.py` builds `select.select`,
//! `select.poll` and the selectors on: one `poll(2)` call over several
//! descriptors, waiting with the global thread lock released.

use super::{PollFd, c_poll, errno, int_word, ints, positional, raise_errno};
use crate::gc::PinScope;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::tuple;

/// `poll(fds, events, timeout_ms)`: a list of `(fd, revents)` for the
/// descriptors with events, after waiting at most `timeout_ms` (negative:
/// forever) with the global lock released. `fds` and `events` are tuples
/// of ints; `select.py` builds `select` and `poll` on this.
pub(super) unsafe extern "C" fn poll(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([fds, events, timeout]) = (unsafe { positional::<3>(ts, "poll", argv, n, kw) }) else {
        return 0;
    };
    let Some([timeout]) = ints::<1>(ts, &[timeout]) else {
        return 0;
    };
    let (fds, events) = unsafe { (tuple::items(fds), tuple::items(events)) };
    let mut entries = Vec::with_capacity(fds.len());
    for (fd, ev) in fds.iter().zip(events) {
        let Some([fd, ev]) = ints::<2>(ts, &[*fd, *ev]) else {
            return 0;
        };
        entries.push(PollFd {
            fd: fd as i32,
            events: ev as i16,
            revents: 0,
        });
    }
    let timeout = timeout.clamp(-1, i64::from(i32::MAX)) as i32;
    let (r, err) = crate::threads::blocking(ts, || {
        let r = unsafe { c_poll(entries.as_mut_ptr(), entries.len() as u64, timeout) };
        (r, if r < 0 { errno() } else { 0 })
    });
    if r < 0 {
        return raise_errno(ts, err);
    }
    let pins = unsafe { PinScope::new(ts) };
    let out = pins.pin(crate::types::list::new(ts, Vec::new()));
    if out == 0 {
        return 0;
    }
    for entry in entries.iter().filter(|e| e.revents != 0) {
        let fd = pins.pin(int_word(ts, i64::from(entry.fd)));
        let ev = pins.pin(int_word(ts, i64::from(entry.revents as u16)));
        if fd == 0 || ev == 0 {
            return 0;
        }
        let pair = pins.pin(tuple::new(ts, &[fd, ev]));
        if pair == 0 || !unsafe { crate::types::list::push(ts, out, pair) } {
            return 0;
        }
    }
    out
}
