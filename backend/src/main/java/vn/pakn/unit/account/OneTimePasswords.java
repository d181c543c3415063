package vn.pakn.unit.account;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import vn.pakn.auth.OneTimePassword;
import vn.pakn.auth.PasswordHasher;
import vn.pakn.common.config.PaknConfig;

/** Issues initial and reset passwords: random, hashed on a worker thread, valid for a limited time. */
@ApplicationScoped
public class OneTimePasswords {

    /** The password in clear (to show once), its hash (to store) and when it stops working. */
    public record Issued(String password, String hash, Instant expiresAt) {
    }

    private final PasswordHasher hasher;
    private final PaknConfig config;
    private final Clock clock;

    public OneTimePasswords(PasswordHasher hasher, PaknConfig config, Clock clock) {
        this.hasher = hasher;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Issued> issue() {
        String password = OneTimePassword.generate();
        return hasher.hash(password).map(hash -> new Issued(password, hash,
                clock.instant().plus(config.auth().oneTimePasswordTtl())));
    }
}
