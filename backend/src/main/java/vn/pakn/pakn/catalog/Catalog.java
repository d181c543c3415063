package vn.pakn.pakn.catalog;

import java.util.Arrays;
import java.util.function.Supplier;
import vn.pakn.common.error.ProblemException;

/** The admin-managed lists, by the path segment that names them. */
public enum Catalog {
    CATEGORIES("categories", Category.class, Category::new),
    CHANNELS("channels", Channel.class, Channel::new);

    public static final String PATH_PATTERN = "categories|channels";

    private final String path;
    private final Class<? extends CatalogEntry> type;
    private final Supplier<? extends CatalogEntry> factory;

    Catalog(String path, Class<? extends CatalogEntry> type, Supplier<? extends CatalogEntry> factory) {
        this.path = path;
        this.type = type;
        this.factory = factory;
    }

    public static Catalog of(String path) {
        return Arrays.stream(values()).filter(c -> c.path.equals(path)).findFirst()
                .orElseThrow(ProblemException::notFound);
    }

    Class<? extends CatalogEntry> type() {
        return type;
    }

    String entityName() {
        return type.getSimpleName();
    }

    CatalogEntry newEntry() {
        return factory.get();
    }
}
