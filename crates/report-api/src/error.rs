//! `KalturaAPIException`: the error object the service sends with HTTP 200 (contract §6.1).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// The `objectType` of an error object.
pub const API_EXCEPTION: &str = "KalturaAPIException";

/// An error answered by the API: `{"code", "message", "objectType":"KalturaAPIException", "args"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// Machine-readable code, such as `INVALID_KS`.
    pub code: String,
    /// The message with its `@ARG@` placeholders filled in.
    pub message: String,
    /// The template arguments (`{}` is sent as `[]`, PHP's empty array).
    pub args: BTreeMap<String, String>,
}

impl ApiError {
    /// An error from its code, message and arguments.
    pub fn new(code: &str, message: impl Into<String>, args: &[(&str, &str)]) -> ApiError {
        ApiError {
            code: code.to_string(),
            message: message.into(),
            args: args.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    /// `INVALID_KS` for a session that cannot be decoded, has a bad signature, or has expired.
    /// `ksid` is the session itself, or `EXPIRED` / `LOGOUT`.
    pub fn invalid_ks(ksid: &str, err_code: &str, err_desc: &str) -> ApiError {
        ApiError::new(
            "INVALID_KS",
            format!("Invalid KS \"{ksid}\", Error \"{err_code},{err_desc}\""),
            &[("KSID", ksid), ("ERR_CODE", err_code), ("ERR_DESC", err_desc)],
        )
    }

    /// `MISSING_KS`.
    pub fn missing_ks() -> ApiError {
        ApiError::new("MISSING_KS", "Missing KS, session not established", &[])
    }

    /// `SERVICE_FORBIDDEN` for `service->action`.
    pub fn service_forbidden(service: &str, action: &str) -> ApiError {
        let s = format!("{service}->{action}");
        ApiError::new(
            "SERVICE_FORBIDDEN",
            format!("The access to service [{s}] is forbidden"),
            &[("SERVICE", &s)],
        )
    }

    /// `INVALID_ENUM_VALUE`.
    pub fn invalid_enum(value: &str, param: &str, enum_type: &str) -> ApiError {
        ApiError::new(
            "INVALID_ENUM_VALUE",
            format!("Invalid enumeration value \"{value}\" for parameter \"{param}\", expecting enumeration type \"{enum_type}\""),
            &[("ENUM_VAL", value), ("PARAM_NAME", param), ("ENUM_TYPE", enum_type)],
        )
    }

    /// `MISSING_MANDATORY_PARAMETER`.
    pub fn missing_parameter(param: &str) -> ApiError {
        ApiError::new(
            "MISSING_MANDATORY_PARAMETER",
            format!("Missing parameter \"{param}\""),
            &[("PARAM_NAME", param)],
        )
    }

    /// `PROPERTY_VALIDATION_WRONG_FORMAT`.
    pub fn wrong_format(property: &str, expected: &str) -> ApiError {
        ApiError::new(
            "PROPERTY_VALIDATION_WRONG_FORMAT",
            format!("Wrong format for property \"{property}\", expected {expected}"),
            &[("PROP_NAME", property), ("TYPE", expected)],
        )
    }

    /// `INTERNAL_SERVERL_ERROR` (sic).
    pub fn internal() -> ApiError {
        ApiError::new("INTERNAL_SERVERL_ERROR", "Internal server error occurred", &[])
    }

    /// `SERVICE_DOES_NOT_EXISTS`.
    pub fn no_such_service(service: &str) -> ApiError {
        ApiError::new(
            "SERVICE_DOES_NOT_EXISTS",
            format!("Service \"{service}\" does not exists"),
            &[("SRV_NAME", service)],
        )
    }

    /// `ACTION_DOES_NOT_EXISTS`.
    pub fn no_such_action(action: &str, service: &str) -> ApiError {
        ApiError::new(
            "ACTION_DOES_NOT_EXISTS",
            format!("Action \"{action}\" does not exists for service \"{service}\""),
            &[("ACTION_NAME", action), ("SERVICE_NAME", service)],
        )
    }

    /// `ENTRY_ID_NOT_FOUND`.
    pub fn entry_not_found(entry_id: &str) -> ApiError {
        ApiError::new(
            "ENTRY_ID_NOT_FOUND",
            format!("Entry id \"{entry_id}\" not found"),
            &[("ENTRY_ID", entry_id)],
        )
    }

    /// Whether the session is invalid or expired: the dashboard must log out (or say so standalone).
    pub fn is_session_error(&self) -> bool {
        matches!(self.code.as_str(), "INVALID_KS" | "MISSING_KS")
    }

    /// The error as its JSON object.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// Reads an error object; `None` when the value is not a `KalturaAPIException`.
    pub fn from_json(value: &Value) -> Option<ApiError> {
        let obj = value.as_object()?;
        if obj.get("objectType")?.as_str()? != API_EXCEPTION {
            return None;
        }
        Some(ApiError::read(value))
    }

    /// The fields of an error object, read leniently (numbers as text; `[]`, PHP's empty array, as no
    /// arguments).
    fn read(v: &Value) -> ApiError {
        let text = |k: &str| v.get(k).map(crate::lenient::value_to_string).unwrap_or_default();
        let args = match v.get("args") {
            Some(Value::Object(map)) => map
                .iter()
                .map(|(k, v)| (k.clone(), crate::lenient::value_to_string(v)))
                .collect(),
            _ => BTreeMap::new(),
        };
        ApiError {
            code: text("code"),
            message: text("message"),
            args,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for ApiError {}

impl Serialize for ApiError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("code", &self.code)?;
        m.serialize_entry("message", &self.message)?;
        m.serialize_entry("objectType", API_EXCEPTION)?;
        if self.args.is_empty() {
            m.serialize_entry("args", &[(); 0])?;
        } else {
            m.serialize_entry("args", &self.args)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for ApiError {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(ApiError::read(&Value::deserialize(d)?))
    }
}

/// Why a response could not be turned into the expected value.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ResponseError {
    /// The service answered with an error object.
    #[error("{0}")]
    Api(ApiError),
    /// The answer does not have the shape the contract describes.
    #[error("malformed response: {0}")]
    Malformed(String),
}

impl ResponseError {
    /// A malformed-response error.
    pub fn malformed(what: impl Into<String>) -> ResponseError {
        ResponseError::Malformed(what.into())
    }
}

impl From<ApiError> for ResponseError {
    fn from(e: ApiError) -> Self {
        ResponseError::Api(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_ks_matches_the_contract_example() {
        // Contract §7.5.
        let e = ApiError::invalid_ks("abc", "-1", "INVALID_STR");
        let expected: Value = serde_json::from_str(r#"{"code":"INVALID_KS","message":"Invalid KS \"abc\", Error \"-1,INVALID_STR\"","objectType":"KalturaAPIException","args":{"KSID":"abc","ERR_CODE":"-1","ERR_DESC":"INVALID_STR"}}"#).unwrap();
        assert_eq!(e.to_json(), expected);
        assert_eq!(ApiError::from_json(&expected), Some(e));
    }

    #[test]
    fn service_forbidden_matches_the_contract_example() {
        let e = ApiError::service_forbidden("report", "getTable");
        assert_eq!(e.message, "The access to service [report->getTable] is forbidden");
        assert_eq!(e.args["SERVICE"], "report->getTable");
    }

    #[test]
    fn empty_args_are_an_empty_array() {
        let v = ApiError::internal().to_json();
        assert_eq!(v["args"], serde_json::json!([]));
        assert_eq!(ApiError::from_json(&v).unwrap().args.len(), 0);
    }

    #[test]
    fn non_error_objects_are_not_errors() {
        assert_eq!(
            ApiError::from_json(&serde_json::json!({"objectType":"KalturaReportTotal"})),
            None
        );
        assert_eq!(ApiError::from_json(&serde_json::json!([1, 2])), None);
        assert_eq!(ApiError::from_json(&serde_json::json!("x")), None);
    }
}
