package vn.pakn.pakn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The keyword filter must reach the trigram indexes of pakn_search, or every search scans the table. */
@QuarkusTest
class SearchIndexTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void keywordSearchUsesTheTrigramIndexes() throws Exception {
        String plan = plan("select ps.pakn_id from pakn_search ps where (ps.item_text like "
                + PaknSearch.NORMAL.formatted("'%Ô NHIỄM%'") + " or ps.reporter_text like "
                + PaknSearch.NORMAL.formatted("'%Ô NHIỄM%'") + ")");
        assertTrue(plan.contains("pakn_search_item_idx") && plan.contains("pakn_search_reporter_idx"), plan);
    }

    @Test
    void hiddenReporterRuleKeepsTheIndexes() throws Exception {
        String plan = plan("select p.id from pakn p join pakn_search ps on ps.pakn_id = p.id where (ps.item_text like "
                + PaknSearch.NORMAL.formatted("'%o nhiem%'") + " or p.identity_disclosed and ps.reporter_text like "
                + PaknSearch.NORMAL.formatted("'%o nhiem%'") + ")");
        assertTrue(plan.contains("pakn_search_item_idx") && plan.contains("pakn_search_reporter_idx"), plan);
        assertFalse(plan.contains("Seq Scan on pakn_search"), plan);
    }

    @Test
    void searchNormalDropsCaseAndDiacritics() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select search_normal('Ô NHIỄM Đường đê')")) {
            rs.next();
            assertEquals("o nhiem duong de", rs.getString(1));
        }
    }

    private String plan(String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // a tiny table: forbid the full scans (of the table, or of its primary key) so that only an index that
            // serves the condition can be chosen
            statement.execute("set local enable_seqscan = off");
            statement.execute("set local enable_indexscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = statement.executeQuery("explain " + query)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            connection.rollback();
            return plan.toString();
        }
    }
}
