package vn.pakn.unit.account;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.pakn.audit.AuditAction;
import vn.pakn.audit.AuditLog;
import vn.pakn.common.boot.OwnerOnlyFile;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.unit.Account;
import vn.pakn.unit.Actor;
import vn.pakn.unit.PhoneNumber;
import vn.pakn.unit.Role;
import vn.pakn.unit.Unit;
import vn.pakn.unit.UnitKind;
import vn.pakn.unit.tree.UnitRepository;

/**
 * A new installation has no account, hence nobody who could create one. At the first start (outside the demo) this
 * creates an administrator with a one-time password, logs it once and writes it to
 * {@code ${pakn.data-dir}/initial-admin.txt}; never again once any account exists. No default account, no default
 * password (ASVS V6.3.2).
 */
@ApplicationScoped
public class FirstAdministrator {

    static final String UNIT_CODE = "QTHT";
    static final String NAME = "Quản trị hệ thống";
    static final String FILE_NAME = "initial-admin.txt";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    /** What the person installing the system needs to sign in the first time. */
    record Credentials(String phone, String password, Instant expiresAt) {
    }

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final OneTimePasswords passwords;
    private final AuditLog audit;
    private final PaknConfig config;
    private final Clock clock;

    public FirstAdministrator(AccountRepository accounts, UnitRepository units, OneTimePasswords passwords,
            AuditLog audit, PaknConfig config, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (config.demo() || !config.firstAdmin().enabled()) {
            return;
        }
        // the startup thread may wait; the database work itself runs on a Vert.x context
        Optional<Credentials> created = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(this::createIfNoAccount));
        created.ifPresent(credentials -> announce(credentials, config.dataDir().resolve(FILE_NAME)));
    }

    Uni<Optional<Credentials>> createIfNoAccount() {
        // instances starting together on an empty database: only the first one creates the administrator
        return units.lockTree()
                .chain(() -> accounts.count())
                .chain(count -> count > 0 ? Uni.createFrom().item(Optional.<Credentials>empty())
                        : create(config.firstAdmin().phone()).map(Optional::of));
    }

    Uni<Credentials> create(String phoneSetting) {
        String phone = PhoneNumber.normalize(phoneSetting).orElseThrow(() -> new IllegalStateException(
                "PAKN_ADMIN_PHONE is not a mobile phone number: " + phoneSetting));
        return units.findByCode(UNIT_CODE)
                .onItem().ifNull().switchTo(() -> units.persist(
                        Unit.create(UNIT_CODE, NAME, UnitKind.OTHER, null, false, clock.instant())))
                .chain(unit -> passwords.issue().chain(password -> {
                    Instant now = clock.instant();
                    Account account = Account.create(phone, NAME, unit.id, EnumSet.of(Role.ADMIN),
                            password.hash(), now);
                    account.assignOneTimePassword(password.hash(), password.expiresAt(), now);
                    Actor system = Actor.system();
                    return accounts.persist(account)
                            .call(saved -> audit.record(AuditAction.ACCOUNT_CREATED, system.accountId(),
                                    system.label(), AccountService.AUDIT_TARGET, saved.id, null,
                                    Map.of("phone", phone, "unitId", unit.id, "roles", List.of(Role.ADMIN.name()))))
                            .map(saved -> new Credentials(phone, password.password(), password.expiresAt()));
                }));
    }

    void announce(Credentials credentials, Path file) {
        OwnerOnlyFile.write(file, "phone=" + credentials.phone() + "\npassword=" + credentials.password() + "\n");
        LOG.warnf("""

                ==================================================================================
                Tài khoản quản trị đầu tiên / first administrator
                  đăng nhập / sign in:  %s
                  mật khẩu dùng một lần / one-time password:  %s   (hết hạn / expires %s)
                  cũng ghi trong / also in:  %s
                Đổi mật khẩu khi đăng nhập lần đầu; thông báo này không hiện lại.
                ==================================================================================""",
                credentials.phone(), credentials.password(), credentials.expiresAt(), file.toAbsolutePath());
    }
}
