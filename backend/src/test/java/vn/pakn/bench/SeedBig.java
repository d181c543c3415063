package vn.pakn.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * `make seed-big N=…`: fills a migrated database that already holds units and accounts (the demo's) with N
 * realistic PAKN — Vietnamese titles and places, every unit, category, channel, status — each with its unit rows
 * and three history entries, through COPY. Deterministic (fixed seed), so runs are comparable. Reporting times rise
 * with the id over the last three years, as they do in production, and codes continue the per-year counters, so the
 * generator can run again on a filled database. For large N the secondary indexes of the tables are dropped before
 * the COPY and built again afterwards (one sort per index instead of a million random inserts); pakn_search, which
 * pakn's insert trigger fills once per COPY, is among them for its trigram indexes.
 *
 * <p>Arguments: N, then the JDBC URL, user and password (defaults: the benchmark database on this machine).
 */
public final class SeedBig {

    private static final int BATCH = 20_000;
    private static final int REBUILD_INDEXES_FROM = 100_000;
    private static final List<String> TABLES = List.of("pakn", "pakn_search", "pakn_unit", "pakn_history");
    private static final String CREATED = "[{\"field\": \"STATUS\", \"oldValue\": null,"
            + " \"newValue\": \"Chờ tiếp nhận\"}]";
    private static final String RECEIVED = "[{\"field\": \"STATUS\", \"oldValue\": \"Chờ tiếp nhận\","
            + " \"newValue\": \"Đang xử lý\"}]";
    private static final String ROUTED = "[{\"field\": \"STEP\", \"oldValue\": \"Nhân viên trực\","
            + " \"newValue\": \"Xử lý chuyên ngành\"}, {\"field\": \"STATUS\", \"oldValue\": \"Đang xử lý\","
            + " \"newValue\": \"Chờ xử lý\"}]";
    private static final Duration SPAN = Duration.ofDays(3 * 365);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] ISSUES = {"ô nhiễm tiếng ồn", "rác thải sinh hoạt không được thu gom",
        "đường giao thông xuống cấp", "mất điện kéo dài", "ngập úng sau mưa", "lấn chiếm vỉa hè",
        "khói bụi từ nhà máy", "cấp nước sinh hoạt gián đoạn", "chậm giải quyết hồ sơ đất đai",
        "đèn chiếu sáng công cộng hỏng", "an ninh trật tự ban đêm", "xây dựng không phép",
        "thái độ phục vụ của cán bộ", "chậm cấp giấy chứng nhận quyền sử dụng đất", "nước thải chăn nuôi",
        "cây xanh đổ ngã", "học phí và các khoản thu", "chất lượng khám chữa bệnh", "sóng điện thoại yếu",
        "bạo lực học đường"};
    private static final String[] PLACES = {"phường Hội Thương, TP. Pleiku", "phường Ia Kring, TP. Pleiku",
        "phường Yên Đỗ, TP. Pleiku", "xã Biển Hồ, TP. Pleiku", "phường An Phú, TX. An Khê",
        "thị trấn Chư Sê, huyện Chư Sê", "thị trấn Đak Đoa, huyện Đak Đoa", "xã Ia Băng, huyện Chư Prông",
        "thị trấn Kbang, huyện Kbang", "phường Đoàn Kết, TX. Ayun Pa", "thị trấn Phú Túc, huyện Krông Pa",
        "xã Ia Dơk, huyện Đức Cơ", "thị trấn Ia Kha, huyện Ia Grai", "xã Kon Dơng, huyện Mang Yang",
        "thị trấn Nhơn Hòa, huyện Chư Pưh", "xã Chư Đăng Ya, huyện Chư Păh"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
        "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Rơ Châm", "Siu", "Ksor"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Minh Đức",
        "Thị Hoa", "Quốc Huy", "Thị Lan", "Văn Long", "Thị Mai", "Hữu Nam", "Thị Oanh", "Văn Phúc", "Thanh Sơn",
        "Thị Thu", "Văn Tùng", "H'Bia", "Blơi"};

    private final Random random = new Random(1022);
    private final Connection db;
    private final CopyManager copy;
    private final Map<String, Long> steps = new HashMap<>();
    private final List<long[]> handlingUnits = new ArrayList<>();
    private List<Long> categories;
    private List<Long> channels;
    private long processId;
    private long operatorId;

    private SeedBig(Connection db) throws SQLException {
        this.db = db;
        this.copy = db.unwrap(PGConnection.class).getCopyAPI();
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:5432/pakn_bench";
        String user = args.length > 2 ? args[2] : "pakn";
        String password = args.length > 3 ? args[3] : "pakn";
        Instant start = Instant.now();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("set synchronous_commit = off");
                s.execute("set maintenance_work_mem = '512MB'");
            }
            SeedBig seed = new SeedBig(db);
            seed.loadReferenceData();
            List<String> indexes = n >= REBUILD_INDEXES_FROM ? seed.dropSecondaryIndexes() : List.of();
            seed.insert(n);
            seed.build(indexes);
        }
        System.out.printf("seeded %,d PAKN in %s%n", n, Duration.between(start, Instant.now()));
    }

    private void loadReferenceData() throws SQLException {
        categories = ids("select id from category order by id");
        channels = ids("select id from channel order by id");
        processId = ids("select id from process where is_default").get(0);
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select s.code, s.id from process_step s where s.process_id = "
                        + processId)) {
            while (rs.next()) {
                steps.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select u.id, min(a.id) from unit u join account a on a.unit_id = u.id
                where u.kind not in ('CALL_CENTER', 'PROVINCE_OFFICE') and a.roles like '%SPECIALIST%'
                group by u.id order by u.id""")) {
            while (rs.next()) {
                handlingUnits.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        List<Long> operators = ids("select id from account where roles like '%OPERATOR%' order by id");
        if (handlingUnits.isEmpty() || operators.isEmpty()) {
            throw new IllegalStateException("no units or accounts: start the system once with PAKN_DEMO=true");
        }
        operatorId = operators.get(0);
    }

    private void insert(int n) throws SQLException, IOException {
        long firstId = ids("select coalesce(max(id), 0) + 1 from pakn").get(0);
        long firstHistory = ids("select coalesce(max(id), 0) + 1 from pakn_history").get(0);
        Instant now = Instant.now();
        Instant first = now.minus(SPAN);
        double step = (double) SPAN.toSeconds() / n;
        Map<Integer, Long> lastCodePerYear = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select year, last_value from pakn_code_counter")) {
            while (rs.next()) {
                lastCodePerYear.put(rs.getInt(1), rs.getLong(2));
            }
        }
        for (int done = 0; done < n; done += BATCH) {
            StringBuilder pakn = new StringBuilder();
            StringBuilder units = new StringBuilder();
            StringBuilder history = new StringBuilder();
            for (int i = done; i < Math.min(n, done + BATCH); i++) {
                long id = firstId + i;
                Instant reported = first.plusSeconds((long) ((i + random.nextDouble()) * step));
                int year = reported.atZone(VIETNAM).getYear();
                long number = lastCodePerYear.merge(year, 1L, Long::sum);
                row(pakn, units, id, String.format("1022-%d-%06d", year, number), reported, now);
                long historyId = firstHistory + 3L * i;
                history(history, id, historyId, reported);
            }
            copy("pakn (id, code, title, content, category_id, channel_id, reported_at, location_text, area,"
                    + " reporter_name, reporter_phone, identity_disclosed, is_public, process_id, current_step_id,"
                    + " status, main_unit_id, handler_id, deadline, progress, created_by, created_at, updated_at)",
                    pakn);
            copy("pakn_unit (pakn_id, unit_id, role, active)", units);
            copy("pakn_history (id, pakn_id, actor_id, actor_label, action, occurred_at, changes)", history);
            db.commit();
            System.out.printf("  %,d / %,d%n", Math.min(n, done + BATCH), n);
        }
        try (Statement s = db.createStatement()) {
            for (Map.Entry<Integer, Long> year : lastCodePerYear.entrySet()) {
                s.executeUpdate("insert into pakn_code_counter (year, last_value) values (" + year.getKey() + ", "
                        + year.getValue() + ") on conflict (year) do update set last_value ="
                        + " greatest(pakn_code_counter.last_value, excluded.last_value)");
            }
            for (String table : List.of("pakn", "pakn_history")) {
                s.execute("select setval('" + table + "_seq', (select max(id) + 100 from " + table + "))");
            }
        }
        db.commit();
    }

    /** The definitions of the indexes that back no constraint, dropped; {@link #build} creates them again. */
    private List<String> dropSecondaryIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select i.indexname, i.indexdef from pg_indexes i
                where i.schemaname = current_schema() and i.tablename = any (?)
                  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)"""
                .replace("?", "array['" + String.join("', '", TABLES) + "']"))) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        try (Statement s = db.createStatement()) {
            for (String name : names) {
                s.execute("drop index " + name);
            }
        }
        db.commit();
        System.out.printf("  dropped %d secondary indexes for the load%n", names.size());
        return definitions;
    }

    /** Builds the dropped indexes again, then vacuums (visibility map for index-only scans) and analyzes. */
    private void build(List<String> indexes) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String definition : indexes) {
                Instant start = Instant.now();
                s.execute(definition);
                db.commit();
                System.out.printf("  %s in %s%n", definition.replaceAll(" ON .*", ""),
                        Duration.between(start, Instant.now()));
            }
            db.setAutoCommit(true);
            for (String table : TABLES) {
                s.execute("vacuum analyze " + table);
            }
        }
    }

    private void row(StringBuilder out, StringBuilder units, long id, String code, Instant reported, Instant now) {
        String issue = pick(ISSUES);
        String place = pick(PLACES);
        long[] unit = handlingUnits.get(random.nextInt(handlingUnits.size()));
        double r = random.nextDouble();
        String status;
        String step;
        String progress;
        Instant deadline = reported.plus(Duration.ofDays(2 + random.nextInt(5)));
        if (r < 0.05) {
            status = "AWAITING_RECEPTION";
            step = "CHO_TIEP_NHAN";
            progress = null;
            deadline = null;
        } else if (r < 0.70) {
            status = "COMPLETED";
            step = "HOAN_THANH";
            progress = random.nextDouble() < 0.8 ? "ON_TIME" : "LATE";
        } else {
            status = r < 0.80 ? "WAITING" : r < 0.95 ? "IN_PROGRESS" : "APPOINTED";
            step = r < 0.9 ? "XU_LY_CHUYEN_NGANH" : "XU_LY_PHOI_HOP";
            progress = "NOT_DUE";
            if (deadline.isBefore(now)) {
                // long overdue: escalated to the top of the chain by now, so the system starts with no sweep to catch
                // up on (300,000 messages to deliver would run through every benchmark)
                step = "VP_UBND_TINH";
                progress = "OVERDUE";
            }
        }
        boolean routed = deadline != null;
        String reporter = pick(FAMILY) + " " + pick(GIVEN);
        csv(out, id, code, "Phản ánh " + issue + " tại " + place,
                "Người dân phản ánh tình trạng " + issue + " tại " + place + " kéo dài nhiều ngày, ảnh hưởng"
                        + " đến sinh hoạt. Đề nghị cơ quan chức năng kiểm tra, xử lý dứt điểm.",
                pick(categories), pick(channels), reported, place, place.substring(place.indexOf(", ") + 2),
                reporter, "09" + (10_000_000 + random.nextInt(89_999_999)), random.nextBoolean(),
                random.nextDouble() < 0.3, processId, steps.get(step), status, routed ? unit[0] : null,
                routed && !status.equals("WAITING") ? unit[1] : null, deadline, progress, operatorId, reported,
                reported);
        if (routed) {
            boolean active = !status.equals("COMPLETED");
            csv(units, id, unit[0], "MAIN", active);
            if (step.equals("XU_LY_PHOI_HOP")) {
                long[] other = handlingUnits.get(random.nextInt(handlingUnits.size()));
                if (other[0] != unit[0]) {
                    csv(units, id, other[0], "COORDINATING", active);
                }
            }
        }
    }

    private void history(StringBuilder history, long paknId, long historyId, Instant reported) {
        csv(history, historyId, paknId, operatorId, "Nhân viên trực", "create", reported, CREATED);
        csv(history, historyId + 1, paknId, operatorId, "Nhân viên trực", "receive", reported.plusSeconds(600),
                RECEIVED);
        csv(history, historyId + 2, paknId, operatorId, "Nhân viên trực", "route", reported.plusSeconds(1800),
                ROUTED);
    }

    private void copy(String target, StringBuilder rows) throws SQLException, IOException {
        if (!rows.isEmpty()) {
            copy.copyIn("copy " + target + " from stdin with (format csv)", new StringReader(rows.toString()));
        }
    }

    private static void csv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value instanceof String text) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value != null) {
                out.append(value);
            }
        }
        out.append('\n');
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
