package vn.pakn.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import vn.pakn.auth.AccessTokens;
import vn.pakn.auth.PasswordHasher;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/**
 * Arranges units and accounts straight in the database (JDBC, test code only) so that tests exercise the API
 * rather than set-up. Every call makes new, uniquely named rows: tests never depend on each other's data.
 */
@ApplicationScoped
public class TestData {

    /** The password of every account made by {@link #account}; it passes the password policy. */
    public static final String PASSWORD = "Thử-nghiệm-2026!";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Inject
    PasswordHasher hasher;
    @Inject
    AccessTokens tokens;

    private String passwordHash;

    public long unit(String name, UnitKind kind) {
        return unit(name, kind, null);
    }

    public long unit(String name, UnitKind kind, Long parentId) {
        String code = "T" + SEQUENCE.incrementAndGet();
        return insert("insert into unit (id, code, name, kind, parent_id) values (nextval('unit_seq'), ?, ?, ?, ?)"
                + " returning id", code, name, kind.name(), parentId);
    }

    /** An account that has already chosen its password ({@link #PASSWORD}). */
    public Account account(long unitId, Role... roles) {
        return account(unitId, false, roles);
    }

    public Account account(long unitId, boolean passwordChangeRequired, Role... roles) {
        Set<Role> roleSet = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        Account account = new Account();
        account.phone = "+8490" + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000);
        account.fullName = "Cán bộ thử nghiệm " + account.phone.substring(7);
        account.unitId = unitId;
        account.roles = roleSet;
        account.passwordChangeRequired = passwordChangeRequired;
        account.tokensValidAfter = Instant.now().minusSeconds(60);
        account.id = insert("insert into account (id, phone, full_name, unit_id, roles, password_hash,"
                + " password_change_required, tokens_valid_after) values (nextval('account_seq'), ?, ?, ?, ?, ?, ?, ?)"
                + " returning id", account.phone, account.fullName, unitId,
                roleSet.stream().map(Role::name).collect(Collectors.joining(",")), passwordHash(),
                passwordChangeRequired, java.sql.Timestamp.from(account.tokensValidAfter));
        return account;
    }

    /** An access token for the account, as the login endpoint would issue it. */
    public String token(Account account) {
        return tokens.issue(account);
    }

    /** Runs a query returning one number (e.g. a count), for tests that read the database back. */
    public long queryLong(String sql, Object... params) {
        return insert(sql, params);
    }

    /** The JDBC URL of another database on the tests' server (for tests that make one of their own). */
    public String urlOf(String database) {
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    /** Runs statements on the database at {@code databaseUrl}. */
    public void execute(String databaseUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row a query on the tests' database returns, as text. */
    public List<String> strings(String sql) {
        return strings(url, sql);
    }

    /** The first column of every row a query returns, as text. */
    public List<String> strings(String databaseUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = connection.createStatement()) {
            return firstColumn(statement, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The plan of {@code query} ({@code explain} prepended) after {@code setup} (settings, {@code prepare}), in a
     * transaction that is rolled back. The full scan of a table is forbidden: the tests' tables are small, and the
     * question is whether an index serves the condition.
     */
    public String plan(String query, String... setup) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local enable_seqscan = off");
            for (String sql : setup) {
                statement.execute(sql);
            }
            List<String> plan = firstColumn(statement, "explain " + query);
            connection.rollback();
            return String.join("\n", plan);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> firstColumn(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Applies the application's migrations to the database at {@code databaseUrl}, up to {@code version}. */
    public void migrate(String databaseUrl, String version) {
        Flyway.configure().dataSource(databaseUrl, user, password).locations("classpath:db/migration").target(version)
                .load().migrate();
    }

    private synchronized String passwordHash() {
        if (passwordHash == null) {
            passwordHash = hasher.hashNowForTests(PASSWORD);
        }
        return passwordHash;
    }

    private long insert(String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
