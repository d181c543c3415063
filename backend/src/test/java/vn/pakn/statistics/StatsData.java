package vn.pakn.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import vn.pakn.testing.TestData;

/**
 * Items written straight into pakn (through the rollup's triggers, as any write is), each with exactly the fields
 * a report counts. Every test class uses its own year, so "all units" of that year holds only its items.
 */
@ApplicationScoped
public class StatsData {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AtomicLong CODE = new AtomicLong(System.nanoTime() % 100_000_000);

    @Inject
    TestData data;

    /** An item: the fields a report counts. */
    public record Item(LocalDate day, Long unitId, long categoryId, long channelId, String status, boolean disclosed,
            String progress, boolean extended, String rating) {
    }

    public long insert(Item item) {
        long id = data.queryLong("insert into pakn (id, code, title, content, category_id, channel_id, reported_at,"
                + " process_id, current_step_id, status, main_unit_id, identity_disclosed, progress, deadline_extended,"
                + " reporter_name, reporter_phone, created_at, updated_at) select nextval('pakn_seq'), ?, ?, 'Nội dung',"
                + " ?, ?, ?, p.id, s.id, ?, ?, ?, ?, ?, 'Trần Thị Thử', '0900000002', now(), now() from process p"
                + " join process_step s on s.process_id = p.id and s.is_initial where p.is_default returning id",
                "S-" + CODE.incrementAndGet(), "Phản ánh thống kê " + item.day(), item.categoryId(), item.channelId(),
                Timestamp.from(item.day().atTime(LocalTime.NOON).atZone(ZONE).toInstant()), item.status(),
                item.unitId(), item.disclosed(), item.progress(), item.extended());
        if (item.rating() != null) {
            rate(id, item.rating());
        }
        return id;
    }

    public void rate(long id, String rating) {
        data.queryLong("insert into pakn_rating (pakn_id, rating, rated_at) values (?, ?, now()) returning pakn_id",
                id, rating);
    }

    public long category(String code) {
        return data.queryLong("select id from category where code = ?", code);
    }

    public long channel(String code) {
        return data.queryLong("select id from channel where code = ?", code);
    }
}
