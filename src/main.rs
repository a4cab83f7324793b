//! The entry point only mounts the app; everything lives in the library so tests can import it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    crossroads::app::start();
}
