package vn.pakn.auth;

import jakarta.ws.rs.core.Response.Status;
import vn.pakn.common.error.ProblemException;

/** 429 {@code login-throttled}, answered with a Retry-After header by {@link AuthProblemMappers}. */
class LoginThrottledException extends ProblemException {

    private final long retryAfterSeconds;

    LoginThrottledException(long retryAfterSeconds) {
        super(Status.TOO_MANY_REQUESTS, "login-throttled", String.valueOf(retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
