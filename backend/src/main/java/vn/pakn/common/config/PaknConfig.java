package vn.pakn.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/** Domain settings, {@code pakn.*} in application.properties. */
@ConfigMapping(prefix = "pakn")
public interface PaknConfig {

    /** Where the embedded database, generated keys and attachments live. */
    Path dataDir();

    /** Load demo data (units, accounts) at start. */
    @WithDefault("false")
    boolean demo();

    ZoneId zone();

    Auth auth();

    FirstAdmin firstAdmin();

    Deadlines deadlines();

    interface Deadlines {
        /** An open item is Sắp đến hạn when less than this share of its step's time is left. */
        @WithDefault("0.25")
        double dueSoonShare();

        /** The handler is reminded this long before a deadline, unless an appointment says otherwise. */
        @WithDefault("PT24H")
        Duration reminderLead();

        /** How often each instance runs the deadline jobs (deadline.sweep): a duration, or "off". */
        @WithDefault("60s")
        String sweepEvery();

        /** How many items one transaction of a deadline job claims at most. */
        @WithDefault("5000")
        @Min(1)
        @Max(5000)
        int sweepChunk();

        /**
         * How many chunks of a deadline job one instance runs at once, each in its own transaction (SKIP LOCKED
         * gives each its own items, as it does to several instances): a catch-up keeps that many database cores busy.
         */
        @WithDefault("1")
        @Min(1)
        @Max(8)
        int sweepLanes();
    }

    /** The administrator created at the first start of an empty, non-demo installation. */
    interface FirstAdmin {
        @WithDefault("+84900000000")
        String phone();

        /** Off in tests, which share one database and must not write into the user's data directory. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Auth {
        Duration accessTokenTtl();

        Duration refreshTokenTtl();

        /** A refresh token family ends this long after sign-in, however often it rotated. */
        Duration refreshTokenAbsoluteTtl();

        Duration oneTimePasswordTtl();

        boolean cookieSecure();

        /** The {@code kid} of access tokens, derived from the signing key by Bootstrap. */
        String keyId();
    }
}
