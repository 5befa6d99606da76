//! Kaltura Sessions (KS): made and checked exactly as Kaltura's client libraries make them —
//! `generateSessionV2` (AES-128-CBC with a SHA-1 signature) and the older v1 `generateSession`
//! (SHA-1 hex signature) — for one configured partner id and admin secret (contract §6.2).

use aes::cipher::block_padding::NoPadding;
use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use aes::Aes128;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use base64::Engine;
use report_api::ApiError;
use sha1::{Digest, Sha1};
use std::collections::BTreeMap;

/// KS type of a user session.
pub const TYPE_USER: i64 = 0;
/// KS type of an admin session.
pub const TYPE_ADMIN: i64 = 2;

/// The privilege that lets a user (type 0) session read analytics; admin sessions always may.
pub const ANALYTICS_PRIVILEGE: &str = "setrole:ANALYTICS_BASE";

/// A decoded, signature-checked session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The partner whose sessions are signed with its secret.
    pub partner_id: i64,
    /// Expiry, unix seconds.
    pub expiry: i64,
    /// 0 user, 2 admin.
    pub ks_type: i64,
    /// User id (may be empty).
    pub user_id: String,
    /// Privileges, name → value (`*` as `all` → `*`).
    pub privileges: BTreeMap<String, String>,
}

impl Session {
    /// Whether the session may call the `report` service.
    pub fn may_read_analytics(&self) -> bool {
        self.ks_type == TYPE_ADMIN
            || self.privileges.get("setrole").map(String::as_str) == Some("ANALYTICS_BASE")
            || self.privileges.contains_key("all")
    }
}

/// Why a KS was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KsError {
    /// Undecodable, forged, or for another partner: `INVALID_KS` with the KS itself, `-1,INVALID_STR`.
    Invalid,
    /// Past its expiry: `INVALID_KS` with `EXPIRED` (checked after the arguments, §6.4).
    Expired,
}

impl KsError {
    /// The API error for this refusal of `ks`.
    pub fn to_api_error(&self, ks: &str) -> ApiError {
        match self {
            KsError::Invalid => ApiError::invalid_ks(ks, "-1", "INVALID_STR"),
            KsError::Expired => ApiError::invalid_ks("EXPIRED", "-1", "INVALID_STR"),
        }
    }
}

/// The partner's identity: its id and admin secret.
#[derive(Debug, Clone)]
pub struct Partner {
    /// Partner id.
    pub id: i64,
    /// Admin secret (the key of every KS).
    pub admin_secret: String,
}

fn aes_key(secret: &str) -> [u8; 16] {
    let digest = Sha1::digest(secret.as_bytes());
    let mut key = [0u8; 16];
    key.copy_from_slice(&digest[..16]);
    key
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    if getrandom::getrandom(&mut b).is_err() {
        // No OS randomness: the nonce only varies sessions; the signature is what protects them.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let seed = Sha1::digest(t.as_nanos().to_le_bytes());
        for (i, x) in b.iter_mut().enumerate() {
            *x = seed[i % seed.len()];
        }
    }
    b
}

fn url_encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn to_url_safe(b64: String) -> String {
    b64.replace('+', "-").replace('/', "_")
}

fn decode_base64(ks: &str) -> Option<Vec<u8>> {
    let std = ks.trim().replace('-', "+").replace('_', "/");
    let unpadded = std.trim_end_matches('=');
    STANDARD_NO_PAD.decode(unpadded).ok()
}

impl Partner {
    /// A v2 session as `generateSessionV2` makes it. `privileges` is Kaltura's `name:value,name:value`
    /// list (`*` alone grants all).
    pub fn generate_v2(&self, ks_type: i64, user_id: &str, expiry: i64, privileges: &str) -> String {
        let mut fields = format!("_e={expiry}&_t={ks_type}&_u={}", url_encode(user_id));
        for p in privileges.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, value) = if p == "*" {
                ("all", "*")
            } else {
                p.split_once(':').unwrap_or((p, ""))
            };
            fields.push_str(&format!("&{}={}", url_encode(name), url_encode(value)));
        }
        let mut plain = random_bytes::<16>().to_vec();
        plain.extend_from_slice(fields.as_bytes());
        let mut signed = Sha1::digest(&plain).to_vec();
        signed.extend_from_slice(&plain);
        // Zero padding to the block size (Kaltura's, not PKCS#7), then AES-128-CBC with a zero IV.
        while signed.len() % 16 != 0 {
            signed.push(0);
        }
        let signed = cbc::Encryptor::<Aes128>::new(&aes_key(&self.admin_secret).into(), &[0u8; 16].into())
            .encrypt_padded_vec_mut::<NoPadding>(&signed);
        let mut raw = format!("v2|{}|", self.id).into_bytes();
        raw.extend_from_slice(&signed);
        to_url_safe(STANDARD.encode(raw))
    }

    /// A v1 session as the older `generateSession` makes it.
    pub fn generate_v1(&self, ks_type: i64, user_id: &str, expiry: i64, privileges: &str) -> String {
        let rand = u32::from_le_bytes(random_bytes::<4>());
        let payload = format!(
            "{0};{0};{expiry};{ks_type};{rand};{user_id};{privileges};;",
            self.id
        );
        let signature = hex(&Sha1::digest(
            format!("{}{payload}", self.admin_secret).as_bytes(),
        ));
        STANDARD.encode(format!("{signature}|{payload}"))
    }

    /// Decodes and checks a KS: signature, partner and expiry (relative to `now`).
    pub fn validate(&self, ks: &str, now: i64) -> Result<Session, KsError> {
        let raw = decode_base64(ks).ok_or(KsError::Invalid)?;
        let session = if raw.starts_with(b"v2|") {
            self.parse_v2(&raw)?
        } else {
            self.parse_v1(&raw)?
        };
        if session.partner_id != self.id {
            return Err(KsError::Invalid);
        }
        if session.expiry <= now {
            return Err(KsError::Expired);
        }
        Ok(session)
    }

    fn parse_v2(&self, raw: &[u8]) -> Result<Session, KsError> {
        let rest = &raw[3..];
        let bar = rest.iter().position(|b| *b == b'|').ok_or(KsError::Invalid)?;
        let partner_id: i64 = std::str::from_utf8(&rest[..bar])
            .ok()
            .and_then(|s| s.parse().ok())
            .ok_or(KsError::Invalid)?;
        let data = &rest[bar + 1..];
        if data.is_empty() || data.len() % 16 != 0 {
            return Err(KsError::Invalid);
        }
        let mut data = cbc::Decryptor::<Aes128>::new(&aes_key(&self.admin_secret).into(), &[0u8; 16].into())
            .decrypt_padded_vec_mut::<NoPadding>(data)
            .map_err(|_| KsError::Invalid)?;
        while data.last() == Some(&0) {
            data.pop();
        }
        if data.len() < 20 + 16 {
            return Err(KsError::Invalid);
        }
        let (signature, plain) = data.split_at(20);
        if Sha1::digest(plain).as_slice() != signature {
            return Err(KsError::Invalid);
        }
        let query = std::str::from_utf8(&plain[16..]).map_err(|_| KsError::Invalid)?;
        let mut session = Session {
            partner_id,
            expiry: 0,
            ks_type: -1,
            user_id: String::new(),
            privileges: BTreeMap::new(),
        };
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            match k.as_ref() {
                "_e" => session.expiry = v.parse().map_err(|_| KsError::Invalid)?,
                "_t" => session.ks_type = v.parse().map_err(|_| KsError::Invalid)?,
                "_u" => session.user_id = v.into_owned(),
                "_m" | "_d" => {}
                _ => {
                    session.privileges.insert(k.into_owned(), v.into_owned());
                }
            }
        }
        if session.ks_type < 0 {
            return Err(KsError::Invalid);
        }
        Ok(session)
    }

    fn parse_v1(&self, raw: &[u8]) -> Result<Session, KsError> {
        let text = std::str::from_utf8(raw).map_err(|_| KsError::Invalid)?;
        let (signature, payload) = text.split_once('|').ok_or(KsError::Invalid)?;
        let expected = hex(&Sha1::digest(
            format!("{}{payload}", self.admin_secret).as_bytes(),
        ));
        if !signature.eq_ignore_ascii_case(&expected) {
            return Err(KsError::Invalid);
        }
        let parts: Vec<&str> = payload.split(';').collect();
        if parts.len() < 7 {
            return Err(KsError::Invalid);
        }
        let num = |s: &str| s.parse::<i64>().map_err(|_| KsError::Invalid);
        let privileges = parts[6]
            .split(',')
            .filter(|p| !p.is_empty())
            .map(|p| {
                if p == "*" {
                    ("all".to_string(), "*".to_string())
                } else {
                    let (k, v) = p.split_once(':').unwrap_or((p, ""));
                    (k.to_string(), v.to_string())
                }
            })
            .collect();
        Ok(Session {
            partner_id: num(parts[0])?,
            expiry: num(parts[2])?,
            ks_type: num(parts[3])?,
            user_id: parts[5].to_string(),
            privileges,
        })
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partner() -> Partner {
        Partner {
            id: 1_000_001,
            admin_secret: "dev-admin-secret".into(),
        }
    }

    /// A v2 session made by the hand-written CBC this file had before it used the `cbc` crate: the
    /// crate reads it the same (AES-128-CBC, zero IV, Kaltura's zero padding).
    #[test]
    fn a_session_made_before_the_cbc_crate_reads_the_same() {
        const KNOWN: &str = "djJ8MTAwMDAwMXyswr3mmxg26onrUiVK7NBOkbpz3ywFRpiqrKUllCuMxsLIsgx5YwRct53ycozR_eNcCKJGrvaLPMoSr7smMX8LaFhtGDnpenC2APIwlMH4YQ==";
        let p = Partner {
            id: 1_000_001,
            admin_secret: "entrylens-demo-admin-secret".into(),
        };
        let s = p.validate(KNOWN, 0).expect("valid");
        assert_eq!(s.user_id, "known@northfield.edu");
        assert_eq!(s.ks_type, TYPE_ADMIN);
        let again = p.generate_v2(s.ks_type, &s.user_id, s.expiry, "");
        assert_eq!(
            KNOWN.len(),
            again.len(),
            "the same layout: random, signature, fields, padding"
        );
    }

    #[test]
    fn v2_round_trips_with_user_and_privileges() {
        let p = partner();
        let ks = p.generate_v2(
            TYPE_ADMIN,
            "admin@example.com",
            2_000_000_000,
            "setrole:ANALYTICS_BASE,*",
        );
        assert!(!ks.contains('+') && !ks.contains('/'), "URL-safe alphabet");
        let s = p.validate(&ks, 1_700_000_000).unwrap();
        assert_eq!(s.partner_id, 1_000_001);
        assert_eq!(s.ks_type, TYPE_ADMIN);
        assert_eq!(s.user_id, "admin@example.com");
        assert_eq!(s.expiry, 2_000_000_000);
        assert_eq!(
            s.privileges.get("setrole").map(String::as_str),
            Some("ANALYTICS_BASE")
        );
        assert_eq!(s.privileges.get("all").map(String::as_str), Some("*"));
        // Unpadded input is accepted too.
        assert!(p.validate(ks.trim_end_matches('='), 1_700_000_000).is_ok());
    }

    #[test]
    fn v1_round_trips() {
        let p = partner();
        let ks = p.generate_v1(TYPE_USER, "jdoe", 2_000_000_000, "setrole:ANALYTICS_BASE");
        let s = p.validate(&ks, 1_700_000_000).unwrap();
        assert_eq!(s.ks_type, TYPE_USER);
        assert_eq!(s.user_id, "jdoe");
        assert!(s.may_read_analytics());
    }

    #[test]
    fn expired_sessions_are_refused_as_expired() {
        let p = partner();
        let ks = p.generate_v2(TYPE_ADMIN, "", 1_000, "");
        assert_eq!(p.validate(&ks, 1_700_000_000), Err(KsError::Expired));
        let e = KsError::Expired.to_api_error(&ks);
        assert_eq!(e.message, "Invalid KS \"EXPIRED\", Error \"-1,INVALID_STR\"");
    }

    #[test]
    fn forged_foreign_and_garbage_sessions_are_invalid() {
        let p = partner();
        let other = Partner {
            id: 1_000_001,
            admin_secret: "another-secret".into(),
        };
        let foreign = other.generate_v2(TYPE_ADMIN, "", 2_000_000_000, "");
        assert_eq!(p.validate(&foreign, 0), Err(KsError::Invalid));
        let other_partner = Partner {
            id: 42,
            admin_secret: p.admin_secret.clone(),
        };
        assert_eq!(
            p.validate(&other_partner.generate_v2(TYPE_ADMIN, "", 2_000_000_000, ""), 0),
            Err(KsError::Invalid)
        );
        for junk in [
            "",
            "abc",
            "djJ8MTIzNDU2fC4uLg==",
            "v2|1|x",
            "%%%",
            "dGhpcyBpcyBub3QgYSBrcw",
        ] {
            assert_eq!(p.validate(junk, 0), Err(KsError::Invalid), "{junk}");
        }
        // A v1 session with a tampered payload.
        let ks = p.generate_v1(TYPE_ADMIN, "u", 2_000_000_000, "");
        let raw = String::from_utf8(STANDARD.decode(&ks).unwrap())
            .unwrap()
            .replace(";2;", ";0;");
        assert_eq!(p.validate(&STANDARD.encode(raw), 0), Err(KsError::Invalid));
        assert_eq!(
            KsError::Invalid.to_api_error("abc").message,
            "Invalid KS \"abc\", Error \"-1,INVALID_STR\""
        );
    }

    #[test]
    fn user_sessions_need_the_analytics_role() {
        let p = partner();
        let plain = p
            .validate(&p.generate_v2(TYPE_USER, "jdoe", 2_000_000_000, ""), 0)
            .unwrap();
        assert!(!plain.may_read_analytics());
        let admin = p
            .validate(&p.generate_v2(TYPE_ADMIN, "", 2_000_000_000, ""), 0)
            .unwrap();
        assert!(admin.may_read_analytics());
    }
}
