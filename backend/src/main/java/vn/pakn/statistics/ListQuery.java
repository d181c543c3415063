package vn.pakn.statistics;

import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.Progress;
import vn.pakn.pakn.search.PaknQuery;

/** The list report's filters, order and page (from 1). */
record ListQuery(ReportFilter filter, PaknStatus status, Progress progress, PaknQuery.Sort sort, int page, int size) {
}
