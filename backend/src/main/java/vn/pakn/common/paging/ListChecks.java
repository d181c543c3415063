package vn.pakn.common.paging;

import vn.pakn.common.error.ProblemException;

/** The checks the officers' lists share: pages from 1, 1–100 rows a page (20 by default), short keywords. */
public final class ListChecks {

    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_KEYWORD = 200;

    private ListChecks() {
    }

    public static int page(Integer page) {
        int number = page == null ? 1 : page;
        if (number < 1) {
            throw ProblemException.invalidField("page", "page-invalid");
        }
        return number;
    }

    /**
     * Page numbers reach as far as totals are counted ({@link SqlPages#COUNT_CAP} rows): deeper, an OFFSET walks that
     * many index entries for every request. The message says where the rest is: the officers' lists go deeper by
     * cursor, reports export.
     */
    public static void numberedDepth(int page, int size, String messageKey) {
        if ((long) (page - 1) * size >= SqlPages.COUNT_CAP) {
            throw ProblemException.invalidField("page", messageKey);
        }
    }

    public static int size(Integer size) {
        int rows = size == null ? 20 : size;
        if (rows < 1 || rows > MAX_PAGE_SIZE) {
            throw ProblemException.invalidField("size", "size-invalid");
        }
        return rows;
    }

    /** The keyword as given; 400 when longer than a search box holds. */
    public static String keyword(String q) {
        if (q != null && q.length() > MAX_KEYWORD) {
            throw ProblemException.invalidField("q", "keyword-too-long");
        }
        return q;
    }
}
