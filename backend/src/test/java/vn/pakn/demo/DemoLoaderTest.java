package vn.pakn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.common.boot.OwnerOnlyFile;
import vn.pakn.testing.TestData;
import vn.pakn.unit.StoredPasswords;

@QuarkusTest
class DemoLoaderTest {

    @Inject
    DemoLoader loader;
    @Inject
    TestData data;
    @Inject
    StoredPasswords passwords;

    @Test
    void loadsTheProvinceOnceWithInventedOfficers() throws Throwable {
        List<DemoAccount> created = VertxContextSupport.subscribeAndAwait(loader::load);

        assertEquals(51, data.queryLong("select count(*) from unit where code in ('VP-UBND', 'TT-1022', 'SO-TNMT',"
                + " 'BUUDIEN') or code like 'SO-%' or code like 'UBND-%' or code in ('TTR', 'BDT', 'BQL-KKT', 'CA-TINH',"
                + " 'VKSND', 'HQ', 'THADS', 'CTK', 'CT', 'KBNN', 'NHNN', 'TAND', 'BHXH', 'HLHPN', 'LMHTX')"));
        assertEquals(1, data.queryLong("select count(*) from unit c join unit p on p.id = c.parent_id"
                + " where c.code = 'TT-1022' and p.code = 'VP-UBND' and c.kind = 'CALL_CENTER'"));
        assertEquals(1, data.queryLong("select count(*) from unit where code = 'SO-LDTBXH'"
                + " and name = 'Sở Lao động, Thương binh và Xã hội' and kind = 'DEPARTMENT' and parent_id is null"));
        long demoAccounts = data.queryLong("select count(*) from account where phone like '+849099%'");
        assertTrue(demoAccounts >= 100);
        assertEquals(demoAccounts, created.size());
        assertEquals(1, data.queryLong("select count(*) from account a join unit u on u.id = a.unit_id"
                + " where a.phone like '+849099%' and a.roles = 'ADMIN' and u.code = 'VP-UBND'"));
        assertEquals(2, data.queryLong("select count(*) from account a join unit u on u.id = a.unit_id"
                + " where a.phone like '+849099%' and a.roles = 'OPERATOR' and u.code = 'TT-1022'"));
        assertEquals(49, data.queryLong("select count(distinct a.unit_id) from account a"
                + " where a.phone like '+849099%' and a.roles like '%LEADER%'"));
        assertTrue(data.queryLong("select count(*) from account where phone like '+849099%'"
                + " and roles = 'SPECIALIST,LEADER'") > 0);
        assertEquals(0, data.queryLong("select count(*) from account where phone like '+849099%'"
                + " and (password_change_required or not enabled)"));

        DemoAccount admin = created.stream().filter(a -> a.roles().equals("ADMIN")).findFirst().orElseThrow();
        assertTrue(passwords.verifies(admin.phone(), admin.password()));

        List<DemoAccount> again = VertxContextSupport.subscribeAndAwait(loader::load);
        assertTrue(again.isEmpty());
        assertEquals(demoAccounts, data.queryLong("select count(*) from account where phone like '+849099%'"));
        assertEquals(1, data.queryLong("select count(*) from unit where code = 'SO-TNMT'"));

        Path file = Files.createTempDirectory("pakn-demo").resolve(DemoAccountsFile.NAME);
        OwnerOnlyFile.write(file, DemoAccountsFile.format(created));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(created, DemoAccountsFile.read(file));
        String block = DemoAccountsFile.loginBlock("http://localhost:8080", file);
        assertTrue(block.contains("Đăng nhập tại http://localhost:8080"));
        assertTrue(block.contains(admin.phone() + " / " + admin.password()));
        assertTrue(block.contains("Lãnh đạo Sở Tài nguyên và Môi trường (leader): +849099"));
        assertTrue(block.contains("Chuyên viên Sở Tài nguyên và Môi trường (specialist): +849099"));
        assertTrue(block.contains(file.toAbsolutePath().toString()));
        assertFalse(DemoAccountsFile.loginBlock("http://localhost:8080", file.resolveSibling("none.txt"))
                .contains("+849099"));
    }
}
