package vn.pakn.auth;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestCookie;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Đăng nhập, phiên, đổi mật khẩu")
public class AuthResource {

    private final LoginService login;
    private final SessionService sessions;
    private final PasswordService passwords;
    private final RefreshCookie cookie;
    private final JsonWebToken token;
    private final CurrentOfficer officer;

    AuthResource(LoginService login, SessionService sessions, PasswordService passwords, RefreshCookie cookie,
            JsonWebToken token, CurrentOfficer officer) {
        this.login = login;
        this.sessions = sessions;
        this.passwords = passwords;
        this.cookie = cookie;
        this.token = token;
        this.officer = officer;
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoginResponse.class)))
    @Operation(summary = "Sign in with phone number and password; the refresh token comes as the pakn_refresh cookie")
    public Uni<Response> login(@Valid @NotNull LoginRequest request, @Context HttpServerRequest http) {
        return login.login(request, Client.of(http))
                .map(signIn -> signedIn(signIn, request.wantsRefreshTokenInBody()));
    }

    @POST
    @Path("refresh")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoginResponse.class)))
    @Operation(summary = "Rotate the refresh token (in the body for API clients, else the cookie) for a new access token")
    public Uni<Response> refresh(@RequestBody(required = false) @Valid RefreshRequest body,
            @RestCookie(RefreshCookie.NAME) String fromCookie, @Context HttpServerRequest http) {
        boolean inBody = body != null && body.refreshToken() != null;
        return sessions.refresh(inBody ? body.refreshToken() : fromCookie, Client.of(http))
                .map(signIn -> signedIn(signIn, inBody));
    }

    /** A browser may post no body at all (no content type): the refresh token is the cookie. */
    @POST
    @Path("refresh")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoginResponse.class)))
    @Operation(summary = "Rotate the refresh token (pakn_refresh cookie) for a new access token")
    public Uni<Response> refreshWithCookie(@RestCookie(RefreshCookie.NAME) String fromCookie,
            @Context HttpServerRequest http) {
        return sessions.refresh(fromCookie, Client.of(http)).map(signIn -> signedIn(signIn, false));
    }

    @POST
    @Path("logout")
    @Authenticated
    @AllowedDuringPasswordChange
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "Done")
    @Operation(summary = "End this session: its access token and the family of the refresh token in the body")
    public Uni<Response> logout(@RequestBody(required = false) @Valid RefreshRequest body,
            @RestCookie(RefreshCookie.NAME) String fromCookie, @Context HttpServerRequest http) {
        return endSession(body != null && body.refreshToken() != null ? body.refreshToken() : fromCookie, http);
    }

    @POST
    @Path("logout")
    @Authenticated
    @AllowedDuringPasswordChange
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "204", description = "Done")
    @Operation(summary = "End this session: its access token and the pakn_refresh cookie's family")
    public Uni<Response> logoutWithCookie(@RestCookie(RefreshCookie.NAME) String fromCookie,
            @Context HttpServerRequest http) {
        return endSession(fromCookie, http);
    }

    @POST
    @Path("change-password")
    @Authenticated
    @AllowedDuringPasswordChange
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "Done")
    @Operation(summary = "Change one's own password; every session ends and the officer signs in again")
    public Uni<Response> changePassword(@Valid @NotNull ChangePasswordRequest request,
            @Context HttpServerRequest http) {
        return passwords.change(officer.accountId(), request, Client.of(http))
                .map(done -> Response.noContent().cookie(cookie.cleared()).build());
    }

    private Uni<Response> endSession(String refreshToken, HttpServerRequest http) {
        return sessions.logout(officer.accountId(), officer.name(), token.getTokenID(),
                        Instant.ofEpochSecond(token.getExpirationTime()), refreshToken, Client.of(http))
                .map(done -> Response.noContent().cookie(cookie.cleared()).build());
    }

    private Response signedIn(SignIn signIn, boolean refreshTokenInBody) {
        return Response.ok(signIn.response(refreshTokenInBody))
                .cookie(cookie.of(signIn.refreshToken()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
