package vn.pakn;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every JAX-RS endpoint says who may call it, on the method or its class (deny-unannotated-endpoints is a net). */
class EndpointSecurityTest {

    private static final List<Class<? extends Annotation>> ENDPOINT = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class, OPTIONS.class, Path.class);
    private static final List<Class<? extends Annotation>> SECURITY = List.of(RolesAllowed.class, PermitAll.class,
            Authenticated.class, DenyAll.class);

    @Test
    void everyEndpointHasASecurityAnnotation() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.pakn");
        List<String> endpoints = endpoints(production).map(JavaMethod::getFullName).toList();
        assertThat("the scan finds the endpoints", endpoints, hasItem(
                "vn.pakn.auth.AuthResource.login(vn.pakn.auth.LoginRequest, io.vertx.core.http.HttpServerRequest)"));
        assertThat(unsecured(production), empty());
    }

    @Test
    void theCheckCatchesAnUnannotatedEndpoint() {
        JavaClasses sample = new ClassFileImporter().importClasses(Sample.class);
        assertThat(unsecured(sample), contains(Sample.class.getName() + ".open()"));
    }

    private static Stream<JavaMethod> endpoints(JavaClasses classes) {
        return classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> ENDPOINT.stream().anyMatch(m::isAnnotatedWith));
    }

    private static List<String> unsecured(JavaClasses classes) {
        return endpoints(classes)
                .filter(m -> SECURITY.stream().noneMatch(a -> m.isAnnotatedWith(a) || m.getOwner().isAnnotatedWith(a)))
                .map(JavaMethod::getFullName)
                .sorted()
                .toList();
    }

    /** No class-level @Path: the application started by the other tests must not serve it. */
    static class Sample {

        @GET
        public String open() {
            return "";
        }

        @POST
        @PermitAll
        public String closed() {
            return "";
        }
    }
}
