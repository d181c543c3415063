package vn.pakn;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import vn.pakn.common.boot.Bootstrap;

/** Starts the database (embedded unless PAKN_DB_URL is set) and the signing keys, then Quarkus. */
@QuarkusMain
public class PaknApplication {

    public static void main(String... args) throws Exception {
        String dataDir = System.getenv().getOrDefault("PAKN_DATA_DIR",
                Path.of(System.getProperty("user.home"), ".pakn1022").toString());
        Bootstrap.prepare(Path.of(dataDir), true).forEach(System::setProperty);
        Quarkus.run(args);
    }
}
