package vn.pakn.pakn.attachment;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;

/** The attachment types of the manual, and what a file's bytes (not its name) say it is (Apache Tika). */
@ApplicationScoped
public class ContentSniffer {

    static final Set<String> ALLOWED = Set.of("audio/mpeg", "image/jpeg", "image/png", "image/webp", "text/plain",
            "application/pdf", "video/mp4");

    private final Tika tika = new Tika();
    private final Vertx vertx;

    ContentSniffer(Vertx vertx) {
        this.vertx = vertx;
    }

    /** The declared type in its canonical form when it is allowed ("image/jpg" is the manual's alias of jpeg). */
    static Optional<String> allowed(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String type = declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("image/jpg")) {
            type = "image/jpeg";
        }
        return ALLOWED.contains(type) ? Optional.of(type) : Optional.empty();
    }

    /** The type the content shows, read on a worker thread. */
    Uni<String> detect(Path file) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return tika.detect(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }
}
