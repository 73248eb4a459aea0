//! Iterator-making built-in functions: `enumerate`, `zip`, `map`, `filter`, `reversed` (CONTRACT: NativeFn each, names fixed).

use crate::object::Word;
use crate::thread::Thread;

macro_rules! not_yet {
    ($($name:ident),*) => {$(
        pub unsafe extern "C" fn $name(ts: *mut Thread, _args: *const Word, _nargs: i64, _kwnames: Word) -> Word {
            crate::error::raise(ts, &crate::types::exception::SYSTEM_ERROR, concat!(stringify!($name), "() is not implemented"))
        }
    )*};
}

not_yet!(enumerate, zip, map, filter, reversed);
