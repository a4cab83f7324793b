//! Passphrase encryption with the browser's Web Crypto: PBKDF2 (SHA-256)
//! turns the passphrase into an AES-GCM 256-bit key. No crypto crate is
//! shipped; the envelope format lives in `core::storage::EncryptedExport`.

use crate::core::storage::{EncryptedExport, IV_LEN, SALT_LEN};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

fn crypto() -> Result<web_sys::Crypto, JsValue> {
    leptos::prelude::window().crypto()
}

fn random_bytes<const N: usize>() -> Result<[u8; N], JsValue> {
    let mut bytes = [0u8; N];
    crypto()?.get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

async fn derive_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
    usage: &str,
) -> Result<CryptoKey, JsValue> {
    let raw = js_sys::Uint8Array::from(passphrase.as_bytes());
    let usages = js_sys::Array::of1(&JsValue::from_str("deriveKey"));
    let base =
        JsFuture::from(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages)?).await?;
    let salt = js_sys::Uint8Array::from(salt);
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &salt);
    let target = AesDerivedKeyParams::new("AES-GCM", 256);
    let usages = js_sys::Array::of1(&JsValue::from_str(usage));
    let key = subtle.derive_key_with_object_and_object(
        &params,
        &base.unchecked_into(),
        &target,
        false,
        &usages,
    )?;
    Ok(JsFuture::from(key).await?.unchecked_into())
}

/// Encrypts `plaintext` (a plain export) with `passphrase`; the file's text.
pub async fn encrypt(plaintext: &str, passphrase: &str) -> Result<String, JsValue> {
    let subtle = crypto()?.subtle();
    let salt = random_bytes::<SALT_LEN>()?;
    let iv = random_bytes::<IV_LEN>()?;
    let key = derive_key(
        &subtle,
        passphrase,
        &salt,
        crate::core::storage::KDF_ITERATIONS,
        "encrypt",
    )
    .await?;
    let params = AesGcmParams::new("AES-GCM", &js_sys::Uint8Array::from(&iv[..]));
    let sealed = JsFuture::from(subtle.encrypt_with_object_and_u8_array(
        &params,
        &key,
        plaintext.as_bytes(),
    )?)
    .await?;
    let sealed = js_sys::Uint8Array::new(&sealed).to_vec();
    Ok(EncryptedExport::new(&salt, &iv, &sealed).to_json())
}

/// Decrypts an encrypted export. `None` when the passphrase is wrong (or the
/// file was altered: AES-GCM cannot tell the two apart, and neither can we).
pub async fn decrypt(envelope: &EncryptedExport, passphrase: &str) -> Option<Vec<u8>> {
    let subtle = crypto().ok()?.subtle();
    let salt = envelope.salt_bytes()?;
    let iv = envelope.iv_bytes()?;
    let data = envelope.ciphertext()?;
    let key = derive_key(&subtle, passphrase, &salt, envelope.iterations, "decrypt")
        .await
        .ok()?;
    let params = AesGcmParams::new("AES-GCM", &js_sys::Uint8Array::from(&iv[..]));
    let opened = subtle
        .decrypt_with_object_and_u8_array(&params, &key, &data)
        .ok()?;
    let opened = JsFuture::from(opened).await.ok()?;
    Some(js_sys::Uint8Array::new(&opened).to_vec())
}
