package vn.pakn.pakn.catalog;

/** A category or channel as the API shows it. */
public record CatalogEntryView(long id, String code, String name, int sortOrder, boolean active, long version) {

    static CatalogEntryView of(CatalogEntry e) {
        return new CatalogEntryView(e.id(), e.code, e.name, e.sortOrder, e.active, e.version);
    }
}
