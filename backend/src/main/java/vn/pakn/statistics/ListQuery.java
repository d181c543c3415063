package vn.pakn.statistics;

import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.Progress;

/** The list report's filters and page. */
record ListQuery(ReportFilter filter, PaknStatus status, Progress progress, int page, int size) {
}
