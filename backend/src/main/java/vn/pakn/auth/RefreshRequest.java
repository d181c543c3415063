package vn.pakn.auth;

import jakarta.validation.constraints.Size;

/** For API clients that keep the refresh token themselves; browsers send the cookie instead. */
public record RefreshRequest(@Size(max = 100) String refreshToken) {
}
