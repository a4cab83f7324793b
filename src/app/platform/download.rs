//! Saving text as a file the user downloads: a Blob, an object URL and a
//! temporary link. Nothing touches the network.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, Document, HtmlAnchorElement, Url};

/// An object URL for `text` with this MIME type. The caller revokes it.
fn blob_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

fn link_to(
    document: &Document,
    file_name: &str,
    mime: &str,
    text: &str,
) -> Option<HtmlAnchorElement> {
    let link: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&blob_url(text, mime)?);
    link.set_download(file_name);
    Some(link)
}

/// A link that downloads `text` as the JSON file `file_name` (used by the
/// recovery screen, which must work without the app).
pub fn download_link(
    document: &Document,
    file_name: &str,
    text: &str,
) -> Option<HtmlAnchorElement> {
    link_to(document, file_name, "application/json", text)
}

/// Offers `text` as a download named `file_name` with the given MIME type.
/// Returns whether the download started.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> bool {
    let document = document();
    let (Some(link), Some(body)) = (link_to(&document, file_name, mime, text), document.body())
    else {
        return false;
    };
    if body.append_child(&link).is_err() {
        return false;
    }
    link.click();
    link.remove();
    let url = link.href();
    // Revoked a while later: revoking at once can cancel the download.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    true
}

/// Offers `text` as the JSON file `file_name`. Returns whether it started.
pub fn download_json(file_name: &str, text: &str) -> bool {
    download_text(file_name, "application/json", text)
}
