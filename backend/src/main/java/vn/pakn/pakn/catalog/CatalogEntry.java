package vn.pakn.pakn.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An entry of an admin-managed list (categories, channels). Entries are deactivated, never deleted once used. */
@MappedSuperclass
public abstract class CatalogEntry extends PanacheEntityBase {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public long version;

    public abstract Long id();
}
