package vn.pakn.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A signed-in session. {@code refreshToken} is only present when the client asked for it in the body; browsers get
 * it as the HttpOnly cookie {@value RefreshCookie#NAME}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoginResponse(String accessToken, String tokenType, long expiresIn, boolean passwordChangeRequired,
        @Schema(nullable = true) String refreshToken) {
}
