package vn.pakn.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import vn.pakn.common.config.PaknConfig;

/**
 * The browser's copy of the refresh token: HttpOnly (no script reads it), SameSite=Strict (no other site sends it)
 * and sent only to the sign-in endpoints.
 */
@ApplicationScoped
class RefreshCookie {

    static final String NAME = "pakn_refresh";
    private static final String PATH = "/api/v1/auth";

    private final PaknConfig config;
    private final Clock clock;

    RefreshCookie(PaknConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    NewCookie of(RefreshTokens.Issued token) {
        int maxAge = (int) Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toSeconds());
        return build(token.value(), maxAge, Date.from(token.expiresAt()));
    }

    NewCookie cleared() {
        return build("", 0, Date.from(Instant.EPOCH));
    }

    private NewCookie build(String value, int maxAge, Date expiry) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path(PATH)
                .maxAge(maxAge)
                .expiry(expiry)
                .httpOnly(true)
                .secure(config.auth().cookieSecure())
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
