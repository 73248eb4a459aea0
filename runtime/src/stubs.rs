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

stub!(ty_int_from_str(ts: Thread, digits: Ptr, len: I64) -> Word);
stub!(ty_int_from_i64(ts: Thread, value: I64) -> Word);
stub!(ty_float_new(ts: Thread, value: F64) -> Word);
stub!(ty_str_from_utf8(ts: Thread, bytes: Ptr, len: I64) -> Word);
stub!(ty_bytes_new(ts: Thread, bytes: Ptr, len: I64) -> Word);
stub!(ty_builtin(ts: Thread, index: I32) -> Word);
stub!(ty_binop(ts: Thread, op: I32, a: Word, b: Word) -> Word);
stub!(ty_inplace_binop(ts: Thread, op: I32, a: Word, b: Word) -> Word);
stub!(ty_unary(ts: Thread, op: I32, a: Word) -> Word);
stub!(ty_compare(ts: Thread, op: I32, a: Word, b: Word) -> Word);
stub!(ty_compare_bool(ts: Thread, op: I32, a: Word, b: Word) -> I32);
stub!(ty_truthy(ts: Thread, a: Word) -> I32);
stub!(ty_contains(ts: Thread, container: Word, item: Word) -> I32);
stub!(ty_getitem(ts: Thread, obj: Word, key: Word) -> Word);
stub!(ty_setitem(ts: Thread, obj: Word, key: Word, value: Word) -> I32);
stub!(ty_delitem(ts: Thread, obj: Word, key: Word) -> I32);
stub!(ty_getattr(ts: Thread, obj: Word, name: Word) -> Word);
stub!(ty_setattr(ts: Thread, obj: Word, name: Word, value: Word) -> I32);
stub!(ty_slice_new(ts: Thread, start: Word, stop: Word, step: Word) -> Word);
stub!(ty_build_list(ts: Thread, items: Words, n: I64) -> Word);
stub!(ty_build_tuple(ts: Thread, items: Words, n: I64) -> Word);
stub!(ty_build_set(ts: Thread, items: Words, n: I64) -> Word);
stub!(ty_build_dict(ts: Thread, keys: Words, values: Words, n: I64) -> Word);
stub!(ty_list_append(ts: Thread, list: Word, item: Word) -> I32);
stub!(ty_unpack(ts: Thread, obj: Word, n: I64, out: Out) -> I32);
stub!(ty_iter(ts: Thread, obj: Word) -> Word);
stub!(ty_iter_next(ts: Thread, iter: Word) -> Word);
stub!(ty_str(ts: Thread, obj: Word) -> Word);
stub!(ty_repr(ts: Thread, obj: Word) -> Word);
stub!(ty_ascii(ts: Thread, obj: Word) -> Word);
stub!(ty_format(ts: Thread, obj: Word, spec: Word) -> Word);
stub!(ty_str_concat_n(ts: Thread, parts: Words, n: I64) -> Word);
stub!(ty_call(ts: Thread, callee: Word, args: Words, nargs: I64, kwnames: Word) -> Word);
stub!(ty_call_method(ts: Thread, obj: Word, name: Word, args: Words, nargs: I64, kwnames: Word) -> Word);
stub!(ty_function_new(ts: Thread, entry: Ptr, name: Word, params: Word, defaults: Word) -> Word);
stub!(ty_bind_args(ts: Thread, func: Word, args: Words, nargs: I64, kwnames: Word, out: Out) -> I32);
stub!(ty_raise(ts: Thread, exc: Word) -> Word);
stub!(ty_raise_from(ts: Thread, exc: Word, cause: Word) -> Word);
stub!(ty_reraise(ts: Thread) -> Word);
stub!(ty_fetch_exception(ts: Thread) -> Word);
stub!(ty_exception_matches(ts: Thread, exc: Word, kind: Word) -> I32);
stub!(ty_handler_enter(ts: Thread, exc: Word) -> Word);
stub!(ty_handler_exit(ts: Thread, saved: Word) -> ());
stub!(ty_restore_exception(ts: Thread, exc: Word) -> ());
stub!(ty_traceback_add(ts: Thread, frame: Frame, line: I32) -> ());
stub!(ty_raise_unbound_local(ts: Thread, name: Ptr) -> Word);
stub!(ty_raise_name_error(ts: Thread, name: Ptr) -> Word);
stub!(ty_raise_recursion_error(ts: Thread) -> Word);
stub!(ty_assert_fail(ts: Thread, message: Word) -> Word);
stub!(ty_import_native(ts: Thread, index: I32) -> Word);
stub!(ty_module_new(ts: Thread, name: Word, globals: Out, names: Words, n: I64) -> Word);
stub!(ty_register_roots(ts: Thread, slots: Words, n: I64) -> ());
