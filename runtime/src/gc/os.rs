//! Memory from the operating system for heap pages: aligned anonymous
//! mappings, and giving emptied pages' memory back.

unsafe extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn munmap(addr: *mut u8, len: usize) -> i32;
    fn madvise(addr: *mut u8, len: usize, advice: i32) -> i32;
    #[cfg(target_env = "gnu")]
    fn mallopt(param: i32, value: i32) -> i32;
}

// The same values on every Linux architecture typhon targets.
const PROT_READ_WRITE: i32 = 0x1 | 0x2;
const MAP_PRIVATE_ANONYMOUS: i32 = 0x02 | 0x20;
const MADV_DONTNEED: i32 = 4;

/// `len` bytes of zeroed memory aligned to `align` (a power of two dividing
/// `len`), or `None` when the OS refuses.
pub fn map_aligned(len: usize, align: usize) -> Option<usize> {
    let span = len + align;
    let base = unsafe {
        mmap(
            std::ptr::null_mut(),
            span,
            PROT_READ_WRITE,
            MAP_PRIVATE_ANONYMOUS,
            -1,
            0,
        )
    };
    if base as isize == -1 || base.is_null() {
        return None;
    }
    let start = (base as usize + align - 1) & !(align - 1);
    let lead = start - base as usize;
    unsafe {
        if lead > 0 {
            munmap(base, lead);
        }
        let trail = span - lead - len;
        if trail > 0 {
            munmap((start + len) as *mut u8, trail);
        }
    }
    Some(start)
}

/// Return the memory behind `len` bytes at `addr` to the OS; the range stays
/// mapped and reads as zeros when touched again.
pub fn release(addr: usize, len: usize) {
    unsafe { madvise(addr as *mut u8, len, MADV_DONTNEED) };
}

/// Blocks at or above this size get their own mapping from the C
/// allocator, given back to the OS when freed.
const MMAP_THRESHOLD: i32 = 128 * 1024;

/// Make the C allocator (which holds large objects and Rust buffers) give
/// big freed blocks back to the OS. glibc raises its mapping threshold to
/// the size of each mapped block freed (up to 32 MiB), after which blocks
/// of up to that size come from its heap, where a freed block between live
/// ones stays resident: a program whose lists outgrow their buffers kept
/// tens of megabytes of dead buffers. Setting the threshold fixes it.
pub fn fix_malloc_thresholds() {
    #[cfg(target_env = "gnu")]
    unsafe {
        const M_MMAP_THRESHOLD: i32 = -3;
        mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD);
    }
}
