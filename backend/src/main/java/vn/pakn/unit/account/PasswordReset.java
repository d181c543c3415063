package vn.pakn.unit.account;

import java.time.Instant;

/** A new one-time password, shown to the administrator this once. */
public record PasswordReset(String oneTimePassword, Instant expiresAt) {
}
