package vn.pakn.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response.Status;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.pakn.common.error.ProblemException;

/**
 * While an officer still has a one-time password, only the endpoints marked {@link AllowedDuringPasswordChange}
 * (and public ones) answer; everything else, /api/v1/me included, is 403 {@code password-change-required}.
 */
public class PasswordChangeFilter {

    private final CurrentIdentityAssociation identity;

    PasswordChangeFilter(CurrentIdentityAssociation identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public Uni<Void> requireChangedPassword(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || allowed(method)) {
            return Uni.createFrom().voidItem();
        }
        return identity.getDeferredIdentity().invoke(current -> {
            if (!current.isAnonymous()
                    && Boolean.TRUE.equals(current.getAttribute(AccountCheckAugmentor.PASSWORD_CHANGE_REQUIRED))) {
                throw new ProblemException(Status.FORBIDDEN, "password-change-required");
            }
        }).replaceWithVoid();
    }

    private static boolean allowed(Method method) {
        Class<?> type = method.getDeclaringClass();
        return method.isAnnotationPresent(AllowedDuringPasswordChange.class)
                || type.isAnnotationPresent(AllowedDuringPasswordChange.class)
                || method.isAnnotationPresent(PermitAll.class)
                || type.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RolesAllowed.class)
                        && !method.isAnnotationPresent(Authenticated.class);
    }
}
