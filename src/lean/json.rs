//! JSON through the browser's own engine. The app keeps `serde_json::Value` as its JSON tree (report-api
//! parses answers from it), but in the browser the text is read and written by `JSON.parse` and
//! `JSON.stringify`, and values cross to JavaScript by walking the tree: serde_json's parser, printer and
//! float formatting then stay out of the wasm (about 10 KB gzip of the first view). Host builds (the
//! tests) parse with serde_json and then read numbers by the same rule as the browser ([`number`]), so
//! both see the same tree; [`from_js`] and [`to_js`] are tested in the browser by every page.

use serde_json::Value;

/// Reads JSON text; the error says why it is not JSON.
pub fn parse(text: &str) -> Result<Value, String> {
    #[cfg(target_arch = "wasm32")]
    {
        let parsed = js_sys::JSON::parse(text).map_err(|e| error_text(&e))?;
        from_js(&parsed)
    }
    // Host builds (the tests) have no browser: serde_json reads, then numbers as the browser reads them.
    #[cfg(not(target_arch = "wasm32"))]
    #[allow(clippy::disallowed_methods)]
    {
        let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        Ok(as_the_browser_reads(value))
    }
}

/// A tree with its numbers read as [`number`] reads them (what `JSON.parse` gives the browser build).
#[cfg(not(target_arch = "wasm32"))]
fn as_the_browser_reads(v: Value) -> Value {
    match v {
        Value::Number(n) => number(n.as_f64().unwrap_or(f64::NAN)),
        Value::Array(items) => Value::Array(items.into_iter().map(as_the_browser_reads).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, item)| (k, as_the_browser_reads(item)))
                .collect(),
        ),
        other => other,
    }
}

/// How deep arrays and objects may nest (serde_json's own limit): a hostile answer nested deeper is
/// refused rather than walked until the stack runs out.
pub const MAX_DEPTH: usize = 128;

/// Writes `value` as compact JSON text.
pub fn stringify(value: &Value) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::JSON::stringify(&to_js(value))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| "null".into())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        value.to_string()
    }
}

/// The largest integer a JavaScript number holds exactly (2^53 − 1).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// A JSON number as serde_json would read it: whole numbers a double holds exactly as integers (so
/// `as_i64` and `as_u64` answer for them), every other number as a float.
pub fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() <= MAX_SAFE_INTEGER {
        Value::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
    }
}

/// What a thrown JavaScript value says: an `Error`'s message, a thrown string, else that it is unknown.
pub fn error_text(e: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| "unknown error".into()),
    }
}

/// A JavaScript value (as `JSON.parse` makes them) as a JSON tree. Values JSON has no words for
/// (`undefined`, functions, symbols) read as `null`, like `JSON.stringify` writes them; nesting deeper
/// than [`MAX_DEPTH`] is refused. Browser only.
pub fn from_js(v: &wasm_bindgen::JsValue) -> Result<Value, String> {
    from_js_at(v, 0)
}

fn from_js_at(v: &wasm_bindgen::JsValue, depth: usize) -> Result<Value, String> {
    use wasm_bindgen::JsCast;
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if let Some(n) = v.as_f64() {
        return Ok(number(n));
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    let is_array = js_sys::Array::is_array(v);
    let nested = is_array || (v.is_object() && !v.is_function());
    if !nested {
        return Ok(Value::Null);
    }
    if depth >= MAX_DEPTH {
        return Err(format!("nested more than {MAX_DEPTH} levels deep"));
    }
    if is_array {
        let array: &js_sys::Array = v.unchecked_ref();
        return array
            .iter()
            .take(MAX_ITEMS as usize)
            .map(|item| from_js_at(&item, depth + 1))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array);
    }
    let object: &js_sys::Object = v.unchecked_ref();
    let mut map = serde_json::Map::new();
    for key in js_sys::Object::keys(object).iter() {
        if let Some(name) = key.as_string() {
            let item = js_sys::Reflect::get(object, &key).unwrap_or(wasm_bindgen::JsValue::NULL);
            map.insert(name, from_js_at(&item, depth + 1)?);
        }
    }
    Ok(Value::Object(map))
}

/// The most items of one array the walk reads: no answer the app reads lists more once fitted
/// ([`report_api::fit`]), and a hostile array of millions would otherwise fill the wasm memory.
pub const MAX_ITEMS: u32 = 100_000;

/// A multirequest answer as a JSON tree, each item fitted to what its call asked for as soon as it is
/// read ([`report_api::fit::fit`]): the wasm then holds one oversized item at a time, never the whole
/// oversized answer (large answers come already cut, by `api::worker`). Anything but an array is read
/// as it is. Browser only.
pub fn from_js_fitted(v: &wasm_bindgen::JsValue, calls: &[report_api::ServiceCall]) -> Result<Value, String> {
    use wasm_bindgen::JsCast;
    if !js_sys::Array::is_array(v) {
        return from_js(v);
    }
    let array: &js_sys::Array = v.unchecked_ref();
    let mut items = Vec::with_capacity(calls.len());
    for (i, item) in array.iter().take(calls.len().max(1) + 1).enumerate() {
        let mut value = from_js_at(&item, 1)?;
        if let Some(call) = calls.get(i) {
            report_api::fit::fit(call, &mut value);
        }
        items.push(value);
    }
    Ok(Value::Array(items))
}

/// Keeps the first `n` items of the array `item[key]`, noting how many it left out.
#[cfg(target_arch = "wasm32")]
fn cut_list(item: &wasm_bindgen::JsValue, key: &str, n: usize) {
    use wasm_bindgen::{JsCast, JsValue};
    if !item.is_object() {
        return;
    }
    let list = js_sys::Reflect::get(item, &JsValue::from_str(key)).unwrap_or(JsValue::NULL);
    let Some(list) = list.dyn_ref::<js_sys::Array>() else {
        return;
    };
    let (length, keep) = (list.length(), u32::try_from(n).unwrap_or(u32::MAX));
    if length > keep {
        list.set_length(keep);
        let _ = js_sys::Reflect::set(
            item,
            &JsValue::from_str(report_api::fit::OMITTED_KEY),
            &JsValue::from_f64(f64::from(length - keep)),
        );
    }
}

/// Reads JSON text whose top level is an object, keeping at most `max` items of the array under
/// `key` and writing how many it left out under [`report_api::fit::OMITTED_KEY`] (an interactive
/// path's `nodes`: the cut is made before the walk, so a path of a million nodes is never copied).
pub fn parse_keeping(text: &str, key: &str, max: u32) -> Result<Value, String> {
    #[cfg(target_arch = "wasm32")]
    {
        let parsed = js_sys::JSON::parse(text).map_err(|e| error_text(&e))?;
        cut_list(&parsed, key, max as usize);
        from_js(&parsed)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut value = parse(text)?;
        if let Some(Value::Array(list)) = value.get_mut(key) {
            let len = list.len();
            if len > max as usize {
                list.truncate(max as usize);
                value[report_api::fit::OMITTED_KEY] = Value::from(len - max as usize);
            }
        }
        Ok(value)
    }
}

/// A JSON tree as a JavaScript value (objects, arrays, strings, numbers, booleans, `null`). Browser only.
pub fn to_js(v: &Value) -> wasm_bindgen::JsValue {
    use wasm_bindgen::JsValue;
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<js_sys::Array>().into(),
        Value::Object(map) => {
            let object = js_sys::Object::new();
            for (k, item) in map {
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(k), &to_js(item));
            }
            object.into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn whole_numbers_read_as_integers_and_others_as_floats() {
        assert_eq!(number(3.0).as_i64(), Some(3));
        assert_eq!(number(-7.0).as_i64(), Some(-7));
        assert_eq!(number(0.0).as_u64(), Some(0));
        assert_eq!(number(2.5).as_f64(), Some(2.5));
        assert_eq!(number(2.5).as_i64(), None);
        // Beyond 2^53 a double is not an exact integer: kept as a float.
        assert_eq!(number(1e300).as_f64(), Some(1e300));
        assert!(number(1e300).as_i64().is_none());
        assert_eq!(number(f64::NAN), Value::Null);
    }

    #[test]
    fn parse_reads_numbers_as_the_browser_does() {
        // serde_json alone would keep 1.0 a float and 2^53 + 1 an exact integer; JSON.parse cannot.
        let v = parse(r#"[1.0, 9007199254740993, -0.5, 12]"#).unwrap();
        assert_eq!(v[0].as_i64(), Some(1));
        assert!(v[1].as_u64().is_none());
        assert_eq!(v[1].as_f64(), Some(9_007_199_254_740_992.0));
        assert_eq!(v[2].as_f64(), Some(-0.5));
        assert_eq!(v[3].as_u64(), Some(12));
    }

    #[test]
    fn parse_keeping_cuts_one_list_and_counts_the_rest() {
        let v = parse_keeping(r#"{"nodes":[1,2,3,4],"other":[1,2,3]}"#, "nodes", 2).unwrap();
        assert_eq!(v["nodes"], json!([1, 2]));
        assert_eq!(v["other"], json!([1, 2, 3]));
        assert_eq!(report_api::fit::omitted(&v), 2);
        let short = parse_keeping(r#"{"nodes":[1]}"#, "nodes", 2).unwrap();
        assert_eq!(report_api::fit::omitted(&short), 0);
        assert!(parse_keeping("[1,2,3]", "nodes", 1).is_ok());
    }

    #[test]
    fn parse_and_stringify_round_trip() {
        let v = parse(r#"{"a":[1,2.5,"x",null,true],"b":{"c":"d"}}"#).unwrap();
        assert_eq!(v, json!({"a": [1, 2.5, "x", null, true], "b": {"c": "d"}}));
        assert_eq!(parse(&stringify(&v)).unwrap(), v);
        assert!(parse("{not json").is_err());
        assert!(parse("").is_err());
    }
}
