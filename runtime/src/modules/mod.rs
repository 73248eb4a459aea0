//! Native parts of standard-library modules, one file per module.

/// Flush buffered standard streams; called at exit and before tracebacks.
pub fn flush_std_streams() {
    use std::io::Write;
    let _ = std::io::stdout().flush();
}
