package vn.pakn.pakn.attachment;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.error.ProblemException;

/** Attachments as files named by random UUIDs in {@code ${pakn.data-dir}/attachments}, outside any web root. */
@ApplicationScoped
public class FileSystemAttachmentStore implements AttachmentStore {

    private final Vertx vertx;
    private final Path directory;

    FileSystemAttachmentStore(Vertx vertx, PaknConfig config) {
        this.vertx = vertx;
        this.directory = config.dataDir().resolve("attachments");
    }

    @Override
    public Uni<String> store(Path upload) {
        return blocking(() -> {
            Files.createDirectories(directory);
            String key = UUID.randomUUID().toString();
            Files.move(upload, directory.resolve(key), StandardCopyOption.REPLACE_EXISTING);
            return key;
        });
    }

    @Override
    public Uni<Path> open(String key) {
        return blocking(() -> {
            Path file = directory.resolve(key);
            if (!Files.isRegularFile(file)) {
                throw ProblemException.notFound();
            }
            return file;
        });
    }

    @Override
    public Uni<Void> delete(String key) {
        return blocking(() -> Files.deleteIfExists(directory.resolve(key))).replaceWithVoid();
    }

    private interface Io<T> {
        T run() throws IOException;
    }

    private <T> Uni<T> blocking(Io<T> io) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                return io.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }
}
