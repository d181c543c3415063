package vn.pakn.pakn.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code pakn.attachments.*} */
@ConfigMapping(prefix = "pakn.attachments")
public interface AttachmentConfig {

    /** The largest file accepted; larger ones get 413. */
    @WithDefault("20M")
    MemorySize maxSize();
}
