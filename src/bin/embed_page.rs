//! The embed page (`embed.html`): a site owner sets the check up for their pages and copies the code.
//! A binary of its own, so none of it weighs on the participants' first view.

// SAFETY: wasm32 without the threads proposal runs one thread, so the allocator is never used concurrently.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    social_media_check::embed_page::run();
}
