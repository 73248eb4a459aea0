//! Method tables of built-in types, put together at link time so that an
//! executable holds only the methods its program can reach.
//!
//! A table declared with [`method_table!`] exports each of its methods as a
//! symbol of its own, `tym$<table>$<name>` (one [`Method`] static each),
//! and reads the table itself through the symbol `tymt$<table>`, which the
//! runtime does not define: the compiler's link step writes it (a length
//! and pointers to the method symbols the program may reach, see
//! `compiler/src/link/methods.rs`), so `--gc-sections` drops every other
//! method and whatever only it reaches. The runtime's own unit tests get
//! full tables from the macro instead.
//!
//! Small tables that are not worth the indirection stay plain slices
//! ([`Methods::of`]); a type's methods are both parts, in that order.

use crate::object::Method;

/// The layout the link step writes for `tymt$<table>`: the number of
/// methods, then a pointer to each.
#[repr(C)]
pub struct MethodTable {
    pub len: usize,
    entries: [*const Method; 0],
}

/// A type's native methods: a table filled at link time and a plain slice.
#[derive(Clone, Copy)]
pub struct Methods {
    linked: *const MethodTable,
    slice: &'static [Method],
}

// The pointers lead to immutable statics.
unsafe impl Sync for MethodTable {}
unsafe impl Sync for Methods {}
unsafe impl Send for Methods {}

static EMPTY_TABLE: MethodTable = MethodTable {
    len: 0,
    entries: [],
};

impl Methods {
    /// No methods.
    pub const EMPTY: Methods = Methods::of(&[]);

    /// Exactly the methods of `slice`, all linked.
    pub const fn of(slice: &'static [Method]) -> Methods {
        Methods {
            linked: &EMPTY_TABLE,
            slice,
        }
    }

    /// The table at `linked` (a `tymt$` symbol), written by the link step.
    pub const fn linked(linked: *const MethodTable) -> Methods {
        Methods { linked, slice: &[] }
    }

    /// The methods the executable holds.
    pub fn iter(self) -> impl Iterator<Item = &'static Method> {
        let linked: &'static [&'static Method] = unsafe {
            let len = (*self.linked).len;
            let first = (&raw const (*self.linked).entries) as *const &'static Method;
            std::slice::from_raw_parts(first, len)
        };
        linked.iter().copied().chain(self.slice.iter())
    }
}

/// A full table for the runtime's unit tests, which are not linked by the
/// compiler.
#[cfg(test)]
#[repr(C)]
pub struct FullTable<const N: usize> {
    pub len: usize,
    pub entries: [&'static Method; N],
}

#[cfg(test)]
unsafe impl<const N: usize> Sync for FullTable<N> {}

/// `method_table! { pub static NAME = "key" [Method { name: "m", func: f }, ...]; }`
/// declares the linked table `key` (see the module doc); with
/// `pub static NAME, const ALL = ...`, also a constant slice `ALL` of every
/// method, for code that picks methods at compile time.
#[macro_export]
macro_rules! method_table {
    ($(#[$attr:meta])* $vis:vis static $table:ident, const $all:ident = $key:literal [
        $(Method { name: $name:literal, func: $func:path $(,)? }),* $(,)?
    ];) => {
        #[allow(dead_code)]
        $vis const $all: &[$crate::object::Method] = &[
            $($crate::object::Method { name: $name, func: $func }),*
        ];
        $crate::method_table! {
            $(#[$attr])* $vis static $table = $key [
                $(Method { name: $name, func: $func }),*
            ];
        }
    };
    ($(#[$attr:meta])* $vis:vis static $table:ident = $key:literal [
        $(Method { name: $name:literal, func: $func:path $(,)? }),* $(,)?
    ];) => {
        $(const _: () = {
            #[unsafe(export_name = concat!("tym$", $key, "$", $name))]
            static METHOD: $crate::object::Method = $crate::object::Method {
                name: $name,
                func: $func,
            };
        };)*
        #[cfg(test)]
        const _: () = {
            const N: usize = [$($name),*].len();
            #[unsafe(export_name = concat!("tymt$", $key))]
            static FULL: $crate::methods::FullTable<N> = $crate::methods::FullTable {
                len: N,
                entries: [$(&$crate::object::Method { name: $name, func: $func }),*],
            };
        };
        $(#[$attr])*
        $vis static $table: $crate::methods::Methods = {
            #[allow(improper_ctypes)]
            unsafe extern "C" {
                #[link_name = concat!("tymt$", $key)]
                static TABLE: $crate::methods::MethodTable;
            }
            $crate::methods::Methods::linked(&raw const TABLE)
        };
    };
}
