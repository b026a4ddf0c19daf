//! The result page (`result.html`): the visitor's own result or one shared through a link. A binary of its
//! own, so the charts and the share panel load only once the questions are done.

// SAFETY: wasm32 without the threads proposal runs one thread, so the allocator is never used concurrently.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    social_media_check::result_page::run();
}
