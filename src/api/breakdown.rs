//! Breakdown answers: for each period, one table and its totals, asked in one multirequest.

use super::{explain, table_at, total_at, Client, FetchError, Slot};
use report_api::{ReportTable, ReportTotal, ServiceCall};

/// One level's answer: per period, the table and its totals.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// The current period.
    pub current: (ReportTable, ReportTotal),
    /// The compare period.
    pub compare: Option<(ReportTable, ReportTotal)>,
}

/// Reads `[table, total]` per period.
pub fn parse_breakdown(slots: &[Slot], comparing: bool) -> Result<Breakdown, String> {
    let period = |p: usize| -> Result<(ReportTable, ReportTotal), String> {
        Ok((table_at(slots, p * 2)?, total_at(slots, p * 2 + 1)?))
    };
    Ok(Breakdown {
        current: period(0)?,
        compare: if comparing { Some(period(1)?) } else { None },
    })
}

/// Loads a breakdown made of `[table, total]` pairs.
pub async fn load_pairs(
    client: Client,
    calls: Vec<ServiceCall>,
    comparing: bool,
) -> Result<Breakdown, String> {
    let slots = client
        .multirequest(&calls)
        .await
        .map_err(|e: FetchError| explain(&e))?;
    parse_breakdown(&slots, comparing)
}
