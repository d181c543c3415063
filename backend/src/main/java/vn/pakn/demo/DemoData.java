package vn.pakn.demo;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.common.boot.OwnerOnlyFile;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.unit.Unit;

/**
 * The demo ({@code pakn.demo=true}, i.e. {@code make run}): at the first start, on an empty database, loads the
 * units and invented officers and writes their passwords to {@code ${pakn.data-dir}/demo-accounts.txt} (mode 600);
 * on a database without PAKN, loads the demo's items ({@link DemoPakn}); at every start, says how to sign in.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final DemoLoader loader;
    private final DemoPakn pakn;
    private final PaknConfig config;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    public DemoData(DemoLoader loader, DemoPakn pakn, PaknConfig config) {
        this.loader = loader;
        this.pakn = pakn;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!config.demo()) {
            return;
        }
        Path file = config.dataDir().resolve(DemoAccountsFile.NAME);
        // the startup thread may wait; the database work itself runs on a Vert.x context
        boolean empty = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> Unit.count()).map(count -> count == 0));
        if (empty) {
            List<DemoAccount> created = VertxContextSupport.subscribeAndAwait(loader::load);
            OwnerOnlyFile.write(file, DemoAccountsFile.format(created));
            LOG.infof("demo data loaded: %d accounts", created.size());
        }
        long items = VertxContextSupport.subscribeAndAwait(pakn::loadIfNone);
        if (items > 0) {
            LOG.infof("demo PAKN loaded: %d items", items);
        }
        LOG.info(DemoAccountsFile.loginBlock("http://localhost:" + port, file));
    }
}
