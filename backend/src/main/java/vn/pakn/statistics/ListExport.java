package vn.pakn.statistics;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import vn.pakn.common.config.PaknConfig;

/**
 * Reads the list report's rows for the Excel export through a server-side cursor (JDBC, on the export's worker
 * thread), a page of rows at a time, so that a million rows never sit in memory.
 */
@ApplicationScoped
public class ListExport {

    private static final int FETCH_SIZE = 2000;

    private final AgroalDataSource dataSource;
    private final ZoneId zone;

    ListExport(AgroalDataSource dataSource, PaknConfig config) {
        this.dataSource = dataSource;
        this.zone = config.zone();
    }

    /** Every row the query's filters select, in its order (the page and size are ignored). */
    void rows(ListQuery query, boolean seesHiddenReporters, Spreadsheet.RowSink sink) throws SQLException {
        Conditions where = Conditions.of(query, zone);
        String sql = "select " + ListRepository.COLUMNS + ListRepository.FROM + where.sql()
                + " order by " + query.sort().sql();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql.replaceAll("\\$\\d+", "?"))) {
                statement.setFetchSize(FETCH_SIZE);
                bind(statement, where.params());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ListRow row = ListRows.of(column -> value(rs, column), seesHiddenReporters);
                        sink.row(ListSheet.values(row));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** The names of the filter's unit, category and channel (null when not filtered), for the file's first rows. */
    List<String> names(ReportFilter filter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("select (select name from unit where id = ?), (select name from category where id"
                        + " = ?), (select name from channel where id = ?)")) {
            statement.setObject(1, filter.unitId());
            statement.setObject(2, filter.categoryId());
            statement.setObject(3, filter.channelId());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    private static Object value(ResultSet rs, String column) {
        try {
            Object value = rs.getObject(column);
            if (value instanceof Timestamp timestamp) {
                return timestamp.toInstant();
            }
            return value instanceof OffsetDateTime time ? time.toInstant() : value;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
