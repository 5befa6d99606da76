//! Server-paged tables (engagement per user, top domains): a page as the pager needs it ([`settle_page`]),
//! and every row for an export that holds the whole table and not the page on screen ([`all_rows`]: page
//! after page of [`EXPORT_PAGE_SIZE`] rows, up to Kaltura's cap of 12,000 rows a table can be read to,
//! contract §6.3, telling how far it has got after each page).

use super::{explain, table_at, Client};
use report_api::fit::{keep_page, readable_pages, MAX_ROWS};
use report_api::{ReportTable, ServiceCall};

/// Makes page `page` of `page_size` rows say what the pager needs: a page past Kaltura's cap is read as
/// empty (it was asked within the cap only for its count), and a page past the end, which the service
/// answers with the bare "no rows" object and no count, gets the count of the table's first page
/// (`first_page`), so that the pager can offer the last page.
pub async fn settle_page(
    client: &Client,
    table: &mut ReportTable,
    page: u32,
    page_size: u32,
    first_page: impl FnOnce() -> ServiceCall,
) -> Result<(), String> {
    keep_page(table, page, page_size);
    if page > 1 && table.rows.is_empty() && table.total_count == 0 {
        let slots = client
            .multirequest(&[first_page()])
            .await
            .map_err(|e| explain(&e))?;
        table.total_count = table_at(&slots, 0)?.total_count;
    }
    Ok(())
}

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
