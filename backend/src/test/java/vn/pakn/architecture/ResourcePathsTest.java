package vn.pakn.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JAX-RS picks the resource class by its path before it looks at methods and never backtracks: a class at
 * "/api/v1/admin" would hide every method of a class at "/api/v1/admin/calendar". So no class path may be a
 * prefix of another.
 */
class ResourcePathsTest {

    @Test
    void noResourceClassPathIsAPrefixOfAnother() {
        List<String> paths = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.pakn").stream()
                .filter(c -> c.isAnnotatedWith(Path.class))
                .map(ResourcePathsTest::path)
                .toList();
        List<String> clashes = new ArrayList<>();
        for (String a : paths) {
            for (String b : paths) {
                if (!a.equals(b) && (b + "/").startsWith(a + "/")) {
                    clashes.add(a + " hides " + b);
                }
            }
        }
        assertThat(paths).isNotEmpty();
        assertThat(clashes).isEmpty();
    }

    private static String path(JavaClass resource) {
        String value = resource.getAnnotationOfType(Path.class).value();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
