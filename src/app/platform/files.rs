//! Reading a file the user picked.

use wasm_bindgen_futures::JsFuture;
use web_sys::File;

/// A picked file's bytes, or its size when it is larger than `limit` (so a
/// huge file is never read into memory).
pub async fn read_bytes(file: &File, limit: usize) -> Result<Vec<u8>, usize> {
    let size = file.size() as usize;
    if size > limit {
        return Err(size);
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| 0usize)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
