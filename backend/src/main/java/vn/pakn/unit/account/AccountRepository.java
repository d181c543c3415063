package vn.pakn.unit.account;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.unit.Account;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, Long> {

    /** Searching phone numbers needs this many digits; fewer would match almost everyone. */
    private static final int MIN_PHONE_DIGITS = 3;
    /** The same expression as the index account_name_search_idx, typed for HQL. */
    private static final String UNACCENT = "function('immutable_unaccent' as String, ";

    public Uni<Boolean> phoneTaken(String phone) {
        return count("phone", phone).map(n -> n > 0);
    }

    /**
     * One page of accounts, by name. {@code q} matches the name without diacritics ("nguyen van" finds
     * "Nguyễn Văn …", through the trigram index on immutable_unaccent(lower(full_name))) or a run of phone digits.
     */
    public Uni<PageResponse<Account>> search(AccountFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters params = new Parameters();
        String q = filter.q() == null ? "" : filter.q().strip().replaceAll("\\s+", " ");
        if (!q.isEmpty()) {
            String name = UNACCENT + "lower(fullName)) like " + UNACCENT + "lower(:name)) escape '!'";
            params.and("name", "%" + likeEscaped(q) + "%");
            String digits = q.replaceAll("\\D", "").replaceFirst("^0", "");
            if (digits.length() >= MIN_PHONE_DIGITS) {
                name = "(" + name + " or phone like :phone)";
                params.and("phone", "%" + digits + "%");
            }
            conditions.add(name);
        }
        if (filter.unitId() != null) {
            conditions.add("unitId = :unitId");
            params.and("unitId", filter.unitId());
        }
        if (filter.role() != null) {
            // roles is stored as "LEADER,SPECIALIST"
            conditions.add("concat(',', roles, ',') like :role");
            params.and("role", "%," + filter.role().name() + ",%");
        }
        if (filter.enabled() != null) {
            conditions.add("enabled = :enabled");
            params.and("enabled", filter.enabled());
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        PanacheQuery<Account> query = find(where, Sort.by("fullName").and("id"), params).page(Page.of(page, size));
        return query.list().chain(items -> query.count()
                .map(total -> new PageResponse<>(items, page, size, total, true)));
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
