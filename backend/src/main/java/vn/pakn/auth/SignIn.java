package vn.pakn.auth;

/** A session just opened or rotated: what the resource turns into a {@link LoginResponse} and a cookie. */
record SignIn(String accessToken, long expiresIn, RefreshTokens.Issued refreshToken, boolean passwordChangeRequired) {

    LoginResponse response(boolean refreshTokenInBody) {
        return new LoginResponse(accessToken, "Bearer", expiresIn, passwordChangeRequired,
                refreshTokenInBody ? refreshToken.value() : null);
    }
}
