//! The `builtins` namespace: the objects `ty_builtin` hands out, and the
//! built-in functions, one family per file.

pub mod iter;
pub mod numeric;
