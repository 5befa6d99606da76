//! JSON through the browser's own engine. The app keeps `serde_json::Value` as its JSON tree (report-api
//! parses answers from it), but in the browser the text is read and written by `JSON.parse` and
//! `JSON.stringify`, and values cross to JavaScript by walking the tree: serde_json's parser, printer and
//! float formatting then stay out of the wasm (about 10 KB gzip of the first view). Host builds (the
//! tests) use serde_json itself; [`from_js`] and [`to_js`] are tested in the browser by every page.

use serde_json::Value;

/// Reads JSON text; the error says why it is not JSON.
pub fn parse(text: &str) -> Result<Value, String> {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::JSON::parse(text).map(|v| from_js(&v)).map_err(|e| {
            js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_else(|| "not JSON".into())
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

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

/// A JavaScript value (as `JSON.parse` makes them) as a JSON tree. Values JSON has no words for
/// (`undefined`, functions, symbols) read as `null`, like `JSON.stringify` writes them. Browser only.
pub fn from_js(v: &wasm_bindgen::JsValue) -> Value {
    use wasm_bindgen::JsCast;
    if let Some(s) = v.as_string() {
        return Value::String(s);
    }
    if let Some(n) = v.as_f64() {
        return number(n);
    }
    if let Some(b) = v.as_bool() {
        return Value::Bool(b);
    }
    if js_sys::Array::is_array(v) {
        let array: &js_sys::Array = v.unchecked_ref();
        return Value::Array(array.iter().map(|item| from_js(&item)).collect());
    }
    if v.is_object() && !v.is_function() {
        let object: &js_sys::Object = v.unchecked_ref();
        let mut map = serde_json::Map::new();
        for key in js_sys::Object::keys(object).iter() {
            if let Some(name) = key.as_string() {
                let item = js_sys::Reflect::get(object, &key).unwrap_or(wasm_bindgen::JsValue::NULL);
                map.insert(name, from_js(&item));
            }
        }
        return Value::Object(map);
    }
    Value::Null
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
    fn parse_and_stringify_round_trip() {
        let v = parse(r#"{"a":[1,2.5,"x",null,true],"b":{"c":"d"}}"#).unwrap();
        assert_eq!(v, json!({"a": [1, 2.5, "x", null, true], "b": {"c": "d"}}));
        assert_eq!(parse(&stringify(&v)).unwrap(), v);
        assert!(parse("{not json").is_err());
        assert!(parse("").is_err());
    }
}
