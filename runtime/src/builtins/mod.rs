//! The `builtins` namespace: the objects `ty_builtin` hands out, and the
//! built-in functions, one family per file.

pub mod accessors;
pub mod attrs;
pub mod calliter;
pub mod core;
pub mod dir;
pub mod file;
pub mod io;
pub mod iter;
pub mod numeric;
pub mod reduce;

use crate::object::{TypeObject, Word};
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{
    bool as bool_, bytes, dict, exception, float, int, list, none, object, range, set, slice,
    str as str_,
};
use crate::types::{class, tuple, type_};

macro_rules! builtin_functions {
    ($($name:literal => $static_name:ident = $func:path,)*) => {
        $(pub static $static_name: BuiltinFunctionObject = BuiltinFunctionObject::new_builtin($name, $func);)*

        // Each function's accessor for generated code (see `accessors`).
        $(
            const _: () = {
                #[unsafe(export_name = concat!("ty_builtin$", $name))]
                extern "C" fn accessor() -> Word {
                    $static_name.as_word()
                }
            };
        )*

        /// Every function's name and object, for the unit test of the accessors.
        #[cfg(test)]
        const FUNCTION_VALUES: &[(&str, fn() -> Word)] = &[$(($name, || $static_name.as_word())),*];

        /// The builtin function object called `name`.
        pub fn function_named(name: &str) -> Option<Word> {
            match name {
                $($name => Some($static_name.as_word()),)*
                _ => None,
            }
        }
    };
}

builtin_functions! {
    "print" => PRINT = io::print,
    "input" => INPUT = io::input,
    "len" => LEN = core::len,
    "repr" => REPR = core::repr,
    "ascii" => ASCII = core::ascii,
    "format" => FORMAT = core::format,
    "ord" => ORD = core::ord,
    "chr" => CHR = core::chr,
    "isinstance" => ISINSTANCE = core::isinstance,
    "iter" => ITER = core::iter,
    "next" => NEXT = core::next,
    "id" => ID = core::id,
    "callable" => CALLABLE = core::callable,
    "min" => MIN = reduce::min,
    "max" => MAX = reduce::max,
    "sum" => SUM = reduce::sum,
    "sorted" => SORTED = reduce::sorted,
    "any" => ANY = reduce::any,
    "all" => ALL = reduce::all,
    "abs" => ABS = numeric::abs,
    "round" => ROUND = numeric::round,
    "divmod" => DIVMOD = numeric::divmod,
    "pow" => POW = numeric::pow,
    "hex" => HEX = numeric::hex,
    "oct" => OCT = numeric::oct,
    "bin" => BIN = numeric::bin,
    "hash" => HASH = numeric::hash,
    "enumerate" => ENUMERATE = iter::enumerate,
    "zip" => ZIP = iter::zip,
    "map" => MAP = iter::map,
    "filter" => FILTER = iter::filter,
    "reversed" => REVERSED = iter::reversed,
    "getattr" => GETATTR = attrs::getattr,
    "setattr" => SETATTR = attrs::setattr,
    "hasattr" => HASATTR = attrs::hasattr,
    "$getattr_checked" => GETATTR_CHECKED = attrs::getattr_checked,
    "$hasattr_checked" => HASATTR_CHECKED = attrs::hasattr_checked,
    "$setattr_checked" => SETATTR_CHECKED = attrs::setattr_checked,
    "$delattr_checked" => DELATTR_CHECKED = attrs::delattr_checked,
    "$object_setattr" => OBJECT_SETATTR = crate::types::object::object_setattr,
    "$object_delattr" => OBJECT_DELATTR = crate::types::object::object_delattr,
    "$object_setattr_checked" => OBJECT_SETATTR_CHECKED = attrs::object_setattr_checked,
    "$object_delattr_checked" => OBJECT_DELATTR_CHECKED = attrs::object_delattr_checked,
    "$class_of_self" => CLASS_OF_SELF = crate::types::class::inferred::class_of_self,
    "$mark_typed" => MARK_TYPED = crate::types::class::inferred::mark_typed,
    "delattr" => DELATTR = attrs::delattr,
    "open" => OPEN = file::open,
    "issubclass" => ISSUBCLASS = core::issubclass,
    "exit" => EXIT = core::exit,
    "quit" => QUIT = core::exit,
    "$build_class" => BUILD_CLASS = crate::types::class::build_class,
    "$enter_context" => ENTER_CONTEXT = crate::types::class::context::enter_context,
    "$vars" => VARS = attrs::vars,
    "$code" => CODE = crate::types::code::make,
    "$except_star_match" => EXCEPT_STAR_MATCH = exception::except_star_match,
    "$prep_reraise_star" => PREP_RERAISE_STAR = exception::prep_reraise_star,
    "$import_from" => IMPORT_FROM = crate::types::module::import_from,
    "$prepare_class" => PREPARE_CLASS = crate::types::class::meta::prepare_class,
    "$new_instance" => NEW_INSTANCE = crate::types::class::inferred::new_instance,
    "$infer_unreached" => INFER_UNREACHED = crate::types::class::inferred::infer_unreached,
    "dir" => DIR = dir::dir,
    "$globals" => GLOBALS = dir::globals,
    "$module_dir" => MODULE_DIR = dir::module_dir,
    "$infer_check_class" => INFER_CHECK_CLASS = crate::types::class::inferred::infer_check_class,
    "$seed_layout" => SEED_LAYOUT = crate::types::class::layout::seed_layout,
    "$as_coroutine" => AS_COROUTINE = crate::types::coroutine::as_coroutine,
    "$as_async_gen" => AS_ASYNC_GEN = crate::types::async_gen::as_async_gen,
    "$async_gen_wrap" => ASYNC_GEN_WRAP = crate::types::async_gen::async_gen_wrap,
    "$get_awaitable" => GET_AWAITABLE = crate::types::coroutine::get_awaitable,
    "$aexit_awaitable" => AEXIT_AWAITABLE = crate::types::coroutine::aexit_awaitable,
    "$aenter_context" => AENTER_CONTEXT = crate::types::coroutine::aenter_context,
    "$aiter_for" => AITER_FOR = crate::types::coroutine::aiter_for,
    "$anext_for" => ANEXT_FOR = crate::types::coroutine::anext_for,
    "$import_star_get" => IMPORT_STAR_GET = crate::types::module::import_star_get,
}

/// The built-in type called `name`.
pub fn type_named(name: &str) -> Option<&'static TypeObject> {
    let ty: &'static TypeObject = match name {
        "object" => &object::OBJECT_TYPE,
        "int" => &int::INT_TYPE,
        "float" => &float::FLOAT_TYPE,
        "bool" => &bool_::BOOL_TYPE,
        "str" => &str_::STR_TYPE,
        "bytes" => &bytes::BYTES_TYPE,
        "bytearray" => &crate::types::bytearray::BYTEARRAY_TYPE,
        "list" => &list::LIST_TYPE,
        "tuple" => &tuple::TUPLE_TYPE,
        "dict" => &dict::DICT_TYPE,
        "set" => &set::SET_TYPE,
        "frozenset" => &set::FROZENSET_TYPE,
        "type" => &type_::TYPE_TYPE,
        "slice" => &slice::SLICE_TYPE,
        "range" => &range::RANGE_TYPE,
        "memoryview" => &crate::types::memoryview::MEMORYVIEW_TYPE,
        "property" => &class::descr::PROPERTY_TYPE,
        "staticmethod" => &class::descr::STATICMETHOD_TYPE,
        "classmethod" => &class::descr::CLASSMETHOD_TYPE,
        "super" => &class::descr::SUPER_TYPE,
        // CPython's aliases of OSError.
        "EnvironmentError" | "IOError" => &exception::OS_ERROR,
        "complex" => &crate::types::complex::COMPLEX_TYPE,
        _ => return exception::ALL.iter().copied().find(|ty| ty.name == name),
    };
    Some(ty)
}

/// The object `typhon_abi::BUILTINS[index]` names.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_builtin(ts: *mut Thread, index: i32) -> Word {
    // Every builtin is a static object, so the table is built once and
    // lookups (which generated code may do in loops) are an index.
    static TABLE: std::sync::OnceLock<Vec<Word>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        typhon_abi::BUILTINS
            .iter()
            .map(|name| named(name))
            .collect()
    });
    match usize::try_from(index).ok().and_then(|idx| table.get(idx)) {
        Some(&found) if found != 0 => found,
        _ => crate::error::system_error(ts, &format!("no builtin with index {index}")),
    }
}

/// The builtin object called `name`, 0 if the runtime has none.
pub fn named(name: &str) -> Word {
    if let Some(func) = function_named(name) {
        return func;
    }
    if let Some(ty) = type_named(name) {
        return ty.as_word();
    }
    match name {
        "NotImplemented" => none::not_implemented(),
        "Ellipsis" => none::ellipsis(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_abi_builtin_exists() {
        let ts = crate::calls::test_thread();
        for (idx, name) in typhon_abi::BUILTINS.iter().enumerate() {
            let value = unsafe { super::ty_builtin(ts, idx as i32) };
            assert_ne!(value, 0, "{name}");
        }
    }

    #[test]
    fn every_abi_builtin_has_an_accessor() {
        let accessors: Vec<_> = super::FUNCTION_VALUES
            .iter()
            .chain(super::accessors::VALUES)
            .collect();
        for name in typhon_abi::BUILTINS {
            let found: Vec<_> = accessors.iter().filter(|(n, _)| n == name).collect();
            assert_eq!(found.len(), 1, "accessors of `{name}`");
            assert_eq!(found[0].1(), super::named(name), "{name}");
        }
        assert_eq!(accessors.len(), typhon_abi::BUILTINS.len());
    }
}
