package vn.pakn.common.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.jboss.resteasy.reactive.RestHeader;

/** The field a Bean Validation violation names in a problem: as the client wrote it, not as Java calls it. */
final class ViolatedField {

    private ViolatedField() {
    }

    /**
     * The property path without the method and parameter names Bean Validation puts in front of it; for a query,
     * path or header parameter, its name in the request.
     */
    static String name(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        List<String> names = nodes.stream()
                .filter(node -> node.getKind() == ElementKind.PROPERTY
                        || node.getKind() == ElementKind.CONTAINER_ELEMENT)
                .map(Path.Node::toString)
                .toList();
        return names.isEmpty() ? requestParameter(violation.getRootBeanClass(), nodes).orElse("body")
                : String.join(".", names);
    }

    private static Optional<String> requestParameter(Class<?> resource, List<Path.Node> nodes) {
        Optional<Path.MethodNode> method = nodes.stream().filter(node -> node.getKind() == ElementKind.METHOD)
                .map(node -> node.as(Path.MethodNode.class)).findFirst();
        Optional<Path.ParameterNode> parameter = nodes.stream().filter(node -> node.getKind() == ElementKind.PARAMETER)
                .map(node -> node.as(Path.ParameterNode.class)).findFirst();
        if (method.isEmpty() || parameter.isEmpty()) {
            return Optional.empty();
        }
        for (Class<?> type = resource; type != null; type = type.getSuperclass()) { // CDI subclasses drop annotations
            try {
                Annotation[] annotations = type.getDeclaredMethod(method.get().getName(),
                        method.get().getParameterTypes().toArray(Class<?>[]::new))
                        .getParameterAnnotations()[parameter.get().getParameterIndex()];
                Optional<String> name = Arrays.stream(annotations).map(ViolatedField::requestName)
                        .flatMap(Optional::stream).findFirst();
                if (name.isPresent()) {
                    return name;
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // look in the superclass
            }
        }
        return Optional.empty();
    }

    private static Optional<String> requestName(Annotation annotation) {
        return Optional.ofNullable(annotation instanceof QueryParam q ? q.value()
                : annotation instanceof PathParam p ? p.value()
                : annotation instanceof HeaderParam h ? h.value()
                : annotation instanceof RestHeader h ? h.value()
                : null);
    }
}
