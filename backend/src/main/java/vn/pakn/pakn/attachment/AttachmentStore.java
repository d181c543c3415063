package vn.pakn.pakn.attachment;

import io.smallrye.mutiny.Uni;
import java.nio.file.Path;

/**
 * Where attachment bytes live, under generated keys; a filesystem directory by default, replaceable by an
 * S3-compatible store. Implementations do their I/O off the event loop and complete on the caller's context.
 */
public interface AttachmentStore {

    /** Takes over the uploaded file; returns the key to find it again. */
    Uni<String> store(Path upload);

    /** A local file with the bytes (for a remote store: a downloaded copy). */
    Uni<Path> open(String key);

    Uni<Void> delete(String key);
}
