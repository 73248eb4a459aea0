//! Built-in types: one file per type.

pub mod args;
pub mod bool;
pub mod bytearray;
pub mod bytes;
pub mod cell;
pub mod class;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod none;
pub mod object;
pub mod range;
pub mod seq;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod type_;
