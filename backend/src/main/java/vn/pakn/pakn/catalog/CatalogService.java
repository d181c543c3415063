package vn.pakn.pakn.catalog;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.pakn.common.error.ProblemException;

/** Categories and channels: read by every officer, written by administrators. */
@ApplicationScoped
public class CatalogService {

    @WithSession
    public Uni<List<CatalogEntryView>> list(Catalog catalog, boolean activeOnly) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from " + catalog.entityName() + (activeOnly ? " where active" : "")
                        + " order by sortOrder, name", catalog.type())
                .getResultList())
                .map(entries -> entries.stream().map(CatalogEntryView::of).toList());
    }

    @WithTransaction
    public Uni<CatalogEntryView> create(Catalog catalog, CatalogEntryRequest request) {
        return requireFreeCode(catalog, request.code(), null).chain(() -> {
            CatalogEntry entry = catalog.newEntry();
            apply(entry, request);
            return Panache.getSession().chain(session -> session.persist(entry)).replaceWith(entry);
        }).call(() -> Panache.getSession().chain(session -> session.flush())).map(CatalogEntryView::of);
    }

    @WithTransaction
    public Uni<CatalogEntryView> update(Catalog catalog, long id, long version, CatalogEntryRequest request) {
        return Panache.getSession().chain(session -> session.find(catalog.type(), id))
                .onItem().ifNull().failWith(ProblemException::notFound)
                .call(entry -> requireFreeCode(catalog, request.code(), id))
                .invoke(entry -> {
                    if (entry.version != version) {
                        throw ProblemException.conflict("stale-version");
                    }
                    apply(entry, request);
                })
                .call(() -> Panache.getSession().chain(session -> session.flush()))
                .map(CatalogEntryView::of);
    }

    private Uni<Void> requireFreeCode(Catalog catalog, String code, Long exceptId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(*) from " + catalog.entityName()
                        + " e where e.code = ?1 and e.id <> ?2", Long.class)
                .setParameter(1, code).setParameter(2, exceptId == null ? -1L : exceptId).getSingleResult())
                .invoke(count -> {
                    if (count > 0) {
                        throw ProblemException.conflict("catalog-code-taken", code);
                    }
                }).replaceWithVoid();
    }

    private static void apply(CatalogEntry entry, CatalogEntryRequest request) {
        entry.code = request.code();
        entry.name = request.name().strip();
        entry.sortOrder = request.sortOrder();
        entry.active = request.active();
    }
}
