package vn.pakn.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param username the phone number, in any usual form (0982…, 84982…, +84 982 …)
 * @param refreshTokenInBody API clients without cookies ask for the refresh token in the body too
 */
public record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 1000) String password,
        Boolean refreshTokenInBody) {

    boolean wantsRefreshTokenInBody() {
        return Boolean.TRUE.equals(refreshTokenInBody);
    }
}
