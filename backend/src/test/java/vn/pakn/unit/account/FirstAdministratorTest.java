package vn.pakn.unit.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.auth.PasswordHasher;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/**
 * The startup observer itself only runs on an empty database, which the shared test database never is; these tests
 * drive the methods it is made of.
 */
@QuarkusTest
class FirstAdministratorTest {

    @Inject
    FirstAdministrator firstAdministrator;
    @Inject
    TestData data;
    @Inject
    PasswordHasher hasher;

    @Test
    void doesNothingOnceAnAccountExists() throws Throwable {
        data.account(data.unit("Có sẵn", UnitKind.OTHER), Role.SPECIALIST);
        long before = data.queryLong("select count(*) from account");
        Optional<FirstAdministrator.Credentials> created = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(firstAdministrator::createIfNoAccount));
        assertTrue(created.isEmpty());
        assertEquals(before, data.queryLong("select count(*) from account"));
    }

    @Test
    void createsAnAdministratorWithAOneTimePasswordAndAnOwnerOnlyFile() throws Throwable {
        String phone = "+84907" + String.format("%06d", System.nanoTime() % 1_000_000);
        FirstAdministrator.Credentials credentials = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> firstAdministrator.create("0" + phone.substring(3))));

        assertEquals(phone, credentials.phone());
        assertEquals(1, data.queryLong("select count(*) from account a join unit u on u.id = a.unit_id"
                + " where a.phone = ? and a.roles = 'ADMIN' and a.enabled and a.password_change_required"
                + " and u.code = 'QTHT' and u.name = 'Quản trị hệ thống' and u.kind = 'OTHER'", phone));
        assertEquals(1, data.queryLong("select count(*) from unit where code = 'QTHT'"));
        assertTrue(Math.abs(Duration.between(Instant.now().plus(Duration.ofHours(72)), credentials.expiresAt())
                .toMinutes()) < 5);
        long id = data.queryLong("select id from account where phone = ?", phone);
        assertEquals(1, data.queryLong("select count(*) from audit_event where action = 'ACCOUNT_CREATED'"
                + " and target_id = ? and actor_id is null", Long.toString(id)));

        Path file = Files.createTempDirectory("pakn-first-admin").resolve("initial-admin.txt");
        firstAdministrator.announce(credentials, file);
        assertEquals(List.of("phone=" + phone, "password=" + credentials.password()), Files.readAllLines(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
