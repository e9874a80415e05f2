//! How the bot's process asks the C allocator to hold memory. glibc's malloc gives each thread that
//! allocates its own arena (up to eight per core), and each arena keeps the memory freed into it; the bot
//! has a dozen threads (tokio's, the answering worker, the store's) of which few do real work, so under a
//! burst of questions the arenas held megabytes no thread was using (the load test's peak: 59.4–60.3 MB
//! with glibc's default, 56.6–57.3 MB with one arena). One arena serves its threads with little contention:
//! answers run on one worker thread, and small allocations come from each thread's own cache.

/// Caps the allocator's arenas at one. Call before starting threads; elsewhere than glibc it does nothing.
pub fn limit_allocator_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; it is called before other threads start.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}
