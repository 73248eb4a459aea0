//! Built-in types: one file per type.

pub mod bool;
pub mod exception;
pub mod int;
pub mod none;
pub mod object;
pub mod str;
pub mod tuple;
pub mod type_;
