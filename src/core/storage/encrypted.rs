//! The envelope of an encrypted export. The browser's Web Crypto does the
//! work (PBKDF2 with SHA-256 turns the passphrase into an AES-GCM key); this
//! module only defines the file around the ciphertext, so the format is
//! documented and tested in one place.

use super::base64;
use super::export::EXPORT_APP;
use crate::core::model::CURRENT_VERSION;
use serde::{Deserialize, Serialize};

/// PBKDF2 rounds for new exports (the OWASP figure for PBKDF2-HMAC-SHA256).
pub const KDF_ITERATIONS: u32 = 600_000;
/// Bytes of random salt for the key derivation.
pub const SALT_LEN: usize = 16;
/// Bytes of random nonce for AES-GCM.
pub const IV_LEN: usize = 12;
/// The `kind` of an encrypted export.
const KIND: &str = "encrypted-export";
/// Files asking for more rounds than this are refused: a hostile file must
/// not freeze the page.
const MAX_ITERATIONS: u32 = 10_000_000;

/// An export encrypted with a passphrase. Its plaintext is a plain export
/// (see [`super::export_json`]), so the schema version travels inside too.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct EncryptedExport {
    /// Always `"crossroads"`.
    pub app: String,
    /// Always `"encrypted-export"`.
    pub kind: String,
    /// The data version of the export inside.
    pub schema_version: u32,
    /// `"AES-GCM-256"`.
    pub cipher: String,
    /// `"PBKDF2-SHA-256"`.
    pub kdf: String,
    /// PBKDF2 rounds.
    pub iterations: u32,
    /// Base64 salt.
    pub salt: String,
    /// Base64 nonce.
    pub iv: String,
    /// Base64 ciphertext with the GCM tag at the end.
    pub data: String,
}

impl EncryptedExport {
    /// Wraps a ciphertext made with this salt and nonce.
    pub fn new(salt: &[u8], iv: &[u8], ciphertext: &[u8]) -> EncryptedExport {
        EncryptedExport {
            app: EXPORT_APP.to_string(),
            kind: KIND.to_string(),
            schema_version: CURRENT_VERSION,
            cipher: "AES-GCM-256".to_string(),
            kdf: "PBKDF2-SHA-256".to_string(),
            iterations: KDF_ITERATIONS,
            salt: base64::encode(salt),
            iv: base64::encode(iv),
            data: base64::encode(ciphertext),
        }
    }

    /// The file's text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether a parsed JSON value claims to be an encrypted export.
    pub(crate) fn is_claimed_by(value: &serde_json::Value) -> bool {
        value.get("app").and_then(|v| v.as_str()) == Some(EXPORT_APP)
            && value.get("kind").and_then(|v| v.as_str()) == Some(KIND)
    }

    /// Checks the fields make sense; the reason in plain words when not.
    pub(crate) fn validate(&self) -> Result<(), String> {
        if self.cipher != "AES-GCM-256" || self.kdf != "PBKDF2-SHA-256" {
            return Err(format!(
                "it uses {} with {}, which this version cannot open",
                self.cipher, self.kdf
            ));
        }
        if self.iterations == 0 || self.iterations > MAX_ITERATIONS {
            return Err("its key settings are out of range".into());
        }
        let salt = self.salt_bytes().ok_or("its salt is damaged")?;
        let iv = self.iv_bytes().ok_or("its nonce is damaged")?;
        if salt.len() < 8 || iv.len() != IV_LEN {
            return Err("its key settings are out of range".into());
        }
        self.ciphertext().ok_or("its encrypted data is damaged")?;
        Ok(())
    }

    /// The salt bytes.
    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        base64::decode(&self.salt)
    }

    /// The nonce bytes.
    pub fn iv_bytes(&self) -> Option<Vec<u8>> {
        base64::decode(&self.iv)
    }

    /// The ciphertext bytes (with the GCM tag).
    pub fn ciphertext(&self) -> Option<Vec<u8>> {
        base64::decode(&self.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_validates() {
        let e = EncryptedExport::new(&[1; SALT_LEN], &[2; IV_LEN], b"cipher");
        let back: EncryptedExport = serde_json::from_str(&e.to_json()).unwrap();
        assert_eq!(back, e);
        assert_eq!(back.validate(), Ok(()));
        assert_eq!(back.ciphertext().unwrap(), b"cipher");
        let value: serde_json::Value = serde_json::from_str(&e.to_json()).unwrap();
        assert!(EncryptedExport::is_claimed_by(&value));
    }

    #[test]
    fn damaged_envelopes_are_refused() {
        let good = EncryptedExport::new(&[1; SALT_LEN], &[2; IV_LEN], b"cipher");
        let bad = [
            EncryptedExport {
                iterations: 0,
                ..good.clone()
            },
            EncryptedExport {
                iterations: u32::MAX,
                ..good.clone()
            },
            EncryptedExport {
                iv: "AAAA".into(),
                ..good.clone()
            },
            EncryptedExport {
                data: "%%".into(),
                ..good.clone()
            },
            EncryptedExport {
                cipher: "ROT13".into(),
                ..good.clone()
            },
        ];
        for e in bad {
            assert!(e.validate().is_err(), "{e:?}");
        }
    }
}
