package vn.pakn.pakn.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The keyword filter must be the expression of pakn_search_idx, or every search scans the table. */
@QuarkusTest
class SearchIndexTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void keywordSearchCanUseTheTrigramIndex() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = statement.executeQuery("explain select p.id from pakn p where "
                    + PaknSearch.SEARCH_TEXT + " like immutable_unaccent('%o nhiem%')")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            connection.rollback();
            assertTrue(plan.toString().contains("pakn_search_idx"), plan.toString());
        }
    }
}
