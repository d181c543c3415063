package vn.pakn.workflow.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V43 moves the field changes of existing history entries into the entry's row: run on a database of its own,
 * migrated to V42 and given entries in the old form, then migrated on (the tests' database user may create databases:
 * the embedded server's does).
 */
@QuarkusTest
class HistoryChangesMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void existingChangesBecomeTheEntrysArrayInTheirOrder() throws SQLException {
        String database = "pakn_v43_" + System.nanoTime();
        String databaseUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
        execute(url, "create database " + database);
        try {
            migrate(databaseUrl, "42");
            execute(databaseUrl, """
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
            migrate(databaseUrl, "43");
            assertThat(query(databaseUrl, "select changes::text from pakn_history order by id")).containsExactly(
                    "[{\"field\": \"STEP\", \"newValue\": \"Xử lý chuyên ngành\", \"oldValue\": \"Nhân viên trực\"},"
                            + " {\"field\": \"STATUS\", \"newValue\": \"Chờ xử lý\", \"oldValue\": \"Đang xử lý\"},"
                            + " {\"field\": \"MAIN_UNIT\", \"newValue\": \"Sở Giao thông Vận tải\","
                            + " \"oldValue\": null}]",
                    "[]");
            assertThat(query(databaseUrl,
                    "select count(*)::text from pg_tables where tablename = 'pakn_history_change'")).containsExactly("0");
        } finally {
            execute(url, "drop database if exists " + database + " with (force)");
        }
    }

    private void migrate(String databaseUrl, String target) {
        Flyway.configure().dataSource(databaseUrl, user, password).locations("classpath:db/migration").target(target)
                .load().migrate();
    }

    private void execute(String databaseUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> query(String databaseUrl, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
