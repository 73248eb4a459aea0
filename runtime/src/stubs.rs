//! Placeholders for entry points not implemented yet: each raises
//! `SystemError` naming itself. An implementation replaces its line here
//! with a real function re-exported from `entry.rs`.

#![allow(unused_variables)]

use crate::object::Word;
use crate::thread::Thread;

macro_rules! stub_ty {
    (Thread) => { *mut Thread };
    (Word) => { Word };
    (I64) => { i64 };
    (I32) => { i32 };
    (F64) => { f64 };
    (Ptr) => { *const u8 };
    (Words) => { *const Word };
    (Out) => { *mut Word };
    (Frame) => { *const typhon_abi::FrameInfo };
}

macro_rules! stub_fail {
    (I32) => { -1 };
    (F64) => { 0.0 };
    ($other:ident) => { 0 };
}

macro_rules! stub {
    ($name:ident($($param:ident: $kind:ident),*) -> ()) => {
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $name($($param: stub_ty!($kind)),*) {}
    };
    ($name:ident(ts: Thread $(, $param:ident: $kind:ident)*) -> $ret:ident) => {
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $name(ts: *mut Thread $(, $param: stub_ty!($kind))*) -> stub_ty!($ret) {
            crate::error::raise(ts, &crate::types::exception::SYSTEM_ERROR, concat!("typhon runtime: ", stringify!($name), " is not implemented"));
            stub_fail!($ret)
        }
    };
}

