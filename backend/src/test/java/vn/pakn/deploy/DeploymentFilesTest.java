package vn.pakn.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so this checks what can be checked without one: docker-compose.yml, the Dockerfiles
 * and nginx.conf exist and agree with each other and with the application's configuration.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void composeDescribesDatabaseBackendAndFrontend() throws IOException {
        JsonNode services = compose().get("services");
        assertThat(services.get("db").get("image").asText()).startsWith("postgres:17");
        assertThat(services.get("backend").get("build").asText()).isEqualTo("./backend");
        assertThat(services.get("frontend").get("build").asText()).isEqualTo("./frontend");
        for (String service : new String[] {"backend", "frontend"}) {
            Path context = ROOT.resolve(services.get(service).get("build").asText());
            assertThat(context.resolve("Dockerfile")).as(service + " Dockerfile").isRegularFile();
        }
    }

    @Test
    void backendIsPointedAtTheComposeDatabaseWithTheVariablesBootstrapReads() throws IOException {
        JsonNode compose = compose();
        JsonNode env = compose.get("services").get("backend").get("environment");
        JsonNode db = compose.get("services").get("db").get("environment");
        String bootstrap = Files.readString(ROOT.resolve("backend/src/main/java/vn/pakn/common/boot/Bootstrap.java"));
        for (String name : new String[] {"PAKN_DB_URL", "PAKN_DB_USER", "PAKN_DB_PASSWORD"}) {
            assertThat(env.has(name)).as(name).isTrue();
            assertThat(bootstrap).contains("\"" + name + "\"");
        }
        assertThat(env.get("PAKN_DB_URL").asText()).isEqualTo("postgresql://db:5432/" + db.get("POSTGRES_DB").asText());
        assertThat(env.get("PAKN_DB_USER").asText()).isEqualTo(db.get("POSTGRES_USER").asText());
        assertThat(env.get("PAKN_DB_PASSWORD").asText()).isEqualTo(db.get("POSTGRES_PASSWORD").asText());
    }

    @Test
    void nginxProxiesTheApiPathsToTheBackendPortAndServesTheSpa() throws IOException {
        String nginx = Files.readString(ROOT.resolve("frontend/nginx.conf"));
        for (String path : new String[] {"/api/", "/open311/", "/q/"}) {
            Matcher location = Pattern.compile("location " + Pattern.quote(path) + " \\{[^}]*proxy_pass http://backend:(\\d+);")
                    .matcher(nginx);
            assertThat(location.find()).as("nginx proxies " + path).isTrue();
            assertThat(location.group(1)).isEqualTo("8080");
        }
        assertThat(nginx).contains("try_files $uri /index.html");
        String frontendDockerfile = Files.readString(ROOT.resolve("frontend/Dockerfile"));
        assertThat(frontendDockerfile).contains("COPY nginx.conf /etc/nginx/conf.d/default.conf");
        assertThat(frontendDockerfile).contains("npm run build").contains("/src/dist");
        assertThat(ROOT.resolve("frontend/package-lock.json")).isRegularFile();
    }

    @Test
    void backendImageRunsThePackagedApplicationOnItsConfiguredPort() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("backend/Dockerfile"));
        assertThat(dockerfile).contains("target/quarkus-app/").contains("quarkus-run.jar").contains("EXPOSE 8080");
        assertThat(Files.readString(ROOT.resolve("backend/src/main/resources/application.properties")))
                .contains("quarkus.http.port=${PAKN_HTTP_PORT:8080}");
        assertThat(ROOT.resolve("backend/mvnw")).isExecutable();
    }

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
    }
}
