//! PLACEHOLDER written by the lead so the front end builds; the link
//! engineer replaces this whole file.
#[derive(Default)]
pub struct LinkOptions;
pub fn link(_: &[u8], _: &std::path::Path, _: &LinkOptions) -> Result<(), String> {
    Err("not yet".into())
}
