package vn.pakn.statistics;

import java.util.List;

/** Định danh: items whose reporter agreed to disclose their identity, and anonymous ones, per processing unit. */
public record IdentityReport(IdentityRow totals, List<IdentityRow> rows) {
}
