package vn.pakn.statistics;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The where clause of the list report, with numbered parameters ($1…, each used once, in order). */
record Conditions(String sql, List<Object> params) {

    static Conditions of(ListQuery query, ZoneId zone) {
        ReportFilter f = query.filter();
        List<Object> params = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        params.add(f.from().atStartOfDay(zone).toOffsetDateTime());
        conditions.add("p.reported_at >= $1");
        params.add(f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        conditions.add("p.reported_at < $2");
        add(conditions, params, "p.main_unit_id", f.unitId());
        add(conditions, params, "p.category_id", f.categoryId());
        add(conditions, params, "p.channel_id", f.channelId());
        add(conditions, params, "p.status", query.status() == null ? null : query.status().name());
        add(conditions, params, "p.progress", query.progress() == null ? null : query.progress().name());
        return new Conditions(" where " + String.join(" and ", conditions), params);
    }

    private static void add(List<String> conditions, List<Object> params, String column, Object value) {
        if (value != null) {
            params.add(value);
            conditions.add(column + " = $" + params.size());
        }
    }
}
