package vn.pakn.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the endpoints an officer may still call while the account must change its one-time password; every other
 * authenticated endpoint answers 403 {@code password-change-required} (see {@link PasswordChangeFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedDuringPasswordChange {
}
