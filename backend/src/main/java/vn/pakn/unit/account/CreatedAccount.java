package vn.pakn.unit.account;

import java.time.Instant;

/** The new account and its one-time password, shown to the administrator this once and never stored in clear. */
public record CreatedAccount(AccountView account, String oneTimePassword, Instant oneTimePasswordExpiresAt) {
}
