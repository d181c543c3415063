package vn.pakn.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Delivery settings, {@code pakn.notify.*} and {@code pakn.notify.sms.*}. */
@ConfigMapping(prefix = "pakn.notify")
public interface NotifyConfig {

    /** How often the dispatcher looks for due messages ("off" in tests, which dispatch themselves). */
    @WithDefault("2s")
    String dispatchEvery();

    /** After this many failed attempts a message is dead-lettered for an administrator to look at. */
    @WithDefault("8")
    int maxAttempts();

    /** The first retry waits this long; each further one twice as long, up to {@link #backoffCap()}. */
    @WithDefault("PT30S")
    Duration backoffBase();

    @WithDefault("PT1H")
    Duration backoffCap();

    /** A claimed message whose sender died is tried again after this long. */
    @WithDefault("PT2M")
    Duration lease();

    @WithDefault("100")
    int batchSize();

    /**
     * Messages of a batch in flight at once. Delivery is background work: it keeps to a few connections and a
     * share of the CPU so that officers' requests do not queue behind a wave of escalation messages.
     */
    @WithDefault("2")
    int concurrency();

    /**
     * Messages delivered per second at most, per instance (in-app and gateway alike): a catch-up wave of 200,000
     * escalation messages must not take the CPU from officers' requests; a normal day sends a few thousand.
     */
    @WithDefault("200")
    int maxPerSecond();

    Sms sms();

    Mail mail();

    interface Mail {
        /** The SMTP server; e-mail is off while it is not set. */
        Optional<String> host();

        @WithDefault("587")
        int port();

        @WithDefault("false")
        boolean startTls();

        Optional<String> username();

        Optional<String> password();

        @WithDefault("1022@localhost")
        String from();
    }

    interface Sms {
        /** {@code database}: record messages in sms_log (demo, default); {@code http}: an HTTP SMS gateway. */
        @WithDefault("database")
        String gateway();

        Optional<String> url();

        Optional<String> username();

        Optional<String> password();

        /** The brand name shown as the sender. */
        @WithDefault("1022GIALAI")
        String sender();
    }
}
