//! Every ABI entry point, gathered in one namespace for the signature check
//! in `lib.rs`. Implemented entries are re-exported by name; the explicit
//! names shadow the placeholders the glob brings in from `stubs`.

pub use crate::stubs::*;
