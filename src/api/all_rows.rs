//! Every row of a server-paged table, for an export that holds the whole table and not the page on
//! screen: page after page of [`EXPORT_PAGE_SIZE`] rows, up to Kaltura's cap of 12,000 rows a table can
//! be read to (contract §6.3), telling how far it has got after each page.

use super::{explain, table_at, Client};
use report_api::fit::{readable_pages, MAX_ROWS};
use report_api::{ReportTable, ServiceCall};

/// Rows asked for at a time: 24 requests at most for the whole cap, each answer a few hundred KB.
pub const EXPORT_PAGE_SIZE: u32 = 500;

/// Every row `call(page, page_size)` pages through (at most 12,000), with the table's row count;
/// `progress(rows read, rows to read)` after each page. A page that fails fails the whole: a file
/// with a hole in it would not say so.
pub async fn all_rows(
    client: &Client,
    call: impl Fn(u32, u32) -> ServiceCall,
    progress: impl Fn(u64, u64),
) -> Result<ReportTable, String> {
    let first = client
        .multirequest(&[call(1, EXPORT_PAGE_SIZE)])
        .await
        .map_err(|e| explain(&e))?;
    let mut table = table_at(&first, 0)?;
    let total = table.total_count;
    let to_read = total.min(MAX_ROWS as u64);
    progress(table.rows.len() as u64, to_read);
    for page in 2..=readable_pages(total, EXPORT_PAGE_SIZE) {
        let slots = client
            .multirequest(&[call(page, EXPORT_PAGE_SIZE)])
            .await
            .map_err(|e| explain(&e))?;
        let more = table_at(&slots, 0)?;
        if more.rows.is_empty() {
            break;
        }
        table.rows.extend(more.rows);
        progress(table.rows.len() as u64, to_read);
    }
    table.rows.truncate(MAX_ROWS);
    Ok(table)
}
