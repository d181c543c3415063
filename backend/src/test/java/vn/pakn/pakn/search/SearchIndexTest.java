package vn.pakn.pakn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;

/** The keyword filter must reach the trigram indexes of pakn_search, or every search scans the table. */
@QuarkusTest
class SearchIndexTest {

    @Inject
    TestData data;

    @Test
    void keywordSearchUsesTheTrigramIndexes() {
        String plan = plan("select ps.pakn_id from pakn_search ps where (ps.item_text like "
                + PaknSearch.NORMAL.formatted("'%Ô NHIỄM%'") + " or ps.reporter_text like "
                + PaknSearch.NORMAL.formatted("'%Ô NHIỄM%'") + ")");
        assertTrue(plan.contains("pakn_search_item_idx") && plan.contains("pakn_search_reporter_idx"), plan);
    }

    @Test
    void hiddenReporterRuleKeepsTheIndexes() {
        String plan = plan("select p.id from pakn p join pakn_search ps on ps.pakn_id = p.id where (ps.item_text like "
                + PaknSearch.NORMAL.formatted("'%o nhiem%'") + " or p.identity_disclosed and ps.reporter_text like "
                + PaknSearch.NORMAL.formatted("'%o nhiem%'") + ")");
        assertTrue(plan.contains("pakn_search_item_idx") && plan.contains("pakn_search_reporter_idx"), plan);
        assertFalse(plan.contains("Seq Scan on pakn_search"), plan);
    }

    @Test
    void searchNormalDropsCaseAndDiacritics() {
        assertEquals(List.of("o nhiem duong de"), data.strings("select search_normal('Ô NHIỄM Đường đê')"));
    }

    private String plan(String query) {
        // nor the full scan of the primary key
        return data.plan(query, "set local enable_indexscan = off");
    }
}
