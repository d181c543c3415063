package vn.pakn.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import vn.pakn.common.boot.Bootstrap;

/**
 * The tests' PostgreSQL: embedded in a fresh temporary directory (one server per test JVM), or the scratch
 * database named by PAKN_DB_URL. Flyway cleans it at start (%test profile).
 */
public class DatabaseResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            return Bootstrap.prepare(Files.createTempDirectory("pakn-test"), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // the embedded server is shared by every test class of this JVM and stops with it
    }
}
