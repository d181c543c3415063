/**
 * Page numbers reach the first 10,000 rows (the API answers 400 `page-too-deep` beyond; officers' lists read deeper
 * pages by cursor, reports are exported): a pager offers no more.
 */
export const NUMBERED_ROWS = 10_000;
