//! PLACEHOLDER written by the lead so the front end builds; the codegen
//! engineer replaces this whole file (and adds the real modules).
use crate::tir;
pub struct CodegenOptions;
impl CodegenOptions {
    pub fn host() -> Self {
        CodegenOptions
    }
}
#[derive(Debug)]
pub struct CodegenError;
pub fn compile(_: &tir::Program, _: &CodegenOptions) -> Result<Vec<u8>, CodegenError> {
    Err(CodegenError)
}
pub fn emit_clif(_: &tir::Program, _: &CodegenOptions) -> Result<String, CodegenError> {
    Err(CodegenError)
}
