//! Numbers printed by the browser's own `Number` methods, so the standard library's float printing
//! (about 13 KB of wasm) stays out of the app. Host builds (the tests) print with `format!`.

/// `v` with exactly `decimals` places and no separators: `1234.50`. In the browser this is
/// `Number.prototype.toFixed`, which keeps the standard library's float printing (about 13 KB of wasm)
/// out of the app; the two differ only on exact binary halves (`0.125` to two places).
pub fn fixed(v: f64, decimals: u8) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(v)
            .to_fixed(decimals.min(100))
            .map(String::from)
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format!("{:.*}", usize::from(decimals), v)
    }
}

/// The shortest text that reads back as `v` (`0.1`, `3`, `61.25`), for data attributes that tests and
/// scripts read. In the browser it is JavaScript's `String(v)`, for the same reason as [`fixed`].
pub fn plain(v: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(v)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        v.to_string()
    }
}
