package vn.pakn.workflow.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;

/**
 * V43 moves the field changes of existing history entries into the entry's row: run on a database of its own,
 * migrated to V42 and given entries in the old form, then migrated on (the tests' database user may create
 * databases: the embedded server's does).
 */
@QuarkusTest
class HistoryChangesMigrationTest {

    @Inject
    TestData data;

    @Test
    void existingChangesBecomeTheEntrysArrayInTheirOrder() {
        String database = "pakn_v43_" + System.nanoTime();
        String url = data.urlOf(database);
        data.execute(data.urlOf("postgres"), "create database " + database);
        try {
            data.migrate(url, "42");
            data.execute(url, """
                    insert into pakn (id, code, title, content, category_id, channel_id, reported_at, process_id,
                                      current_step_id, status, created_at, updated_at)
                    select 1, '1022-2026-000001', 'Đèn đường hỏng', 'x', (select min(id) from category),
                           (select min(id) from channel), now(), p.id, s.id, 'WAITING', now(), now()
                    from process p join process_step s on s.process_id = p.id and s.code = 'XU_LY_CHUYEN_NGANH'
                    where p.is_default;
                    insert into pakn_history (id, pakn_id, actor_label, action, occurred_at)
                    values (10, 1, 'Nhân viên trực', 'route', now()), (11, 1, 'Chuyên viên', 'comment', now());
                    insert into pakn_history_change (id, history_id, field, old_value, new_value, position)
                    values (100, 10, 'STATUS', 'Đang xử lý', 'Chờ xử lý', 1),
                           (101, 10, 'STEP', 'Nhân viên trực', 'Xử lý chuyên ngành', 0),
                           (102, 10, 'MAIN_UNIT', null, 'Sở Giao thông Vận tải', 2)""");
            data.migrate(url, "43");
            assertThat(data.strings(url, "select changes::text from pakn_history order by id")).containsExactly(
                    "[{\"field\": \"STEP\", \"newValue\": \"Xử lý chuyên ngành\", \"oldValue\": \"Nhân viên trực\"},"
                            + " {\"field\": \"STATUS\", \"newValue\": \"Chờ xử lý\", \"oldValue\": \"Đang xử lý\"},"
                            + " {\"field\": \"MAIN_UNIT\", \"newValue\": \"Sở Giao thông Vận tải\","
                            + " \"oldValue\": null}]",
                    "[]");
            assertThat(data.strings(url, "select tablename::text from pg_tables where tablename like 'pakn_history%'"))
                    .containsExactly("pakn_history");
        } finally {
            data.execute(data.urlOf("postgres"), "drop database if exists " + database + " with (force)");
        }
    }
}
