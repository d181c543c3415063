package vn.pakn.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;

@QuarkusTest
class AccountAdminTest {

    /** Invented numbers in +84908…, a block TestData and the demo data do not use. */
    private static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 900_000));

    @Inject
    TestData data;
    @Inject
    StoredPasswords passwords;

    private long unitId;
    private Account admin;

    @BeforeEach
    void arrange() {
        unitId = data.unit("Sở Thử nghiệm tài khoản", UnitKind.DEPARTMENT);
        admin = data.account(unitId, Role.ADMIN);
    }

    private RequestSpecification asAdmin() {
        return given().auth().oauth2(data.token(admin)).contentType(ContentType.JSON);
    }

    /** Nine national digits after 84: 908 and six more. */
    private static String nationalNumber() {
        return "908" + String.format("%06d", PHONES.incrementAndGet() % 1_000_000);
    }

    private static Map<String, Object> newAccount(String phone, String fullName, long unitId, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("phone", phone);
        body.put("fullName", fullName);
        body.put("position", "Chuyên viên");
        body.put("unitId", unitId);
        body.put("roles", List.of(roles));
        return body;
    }

    private ExtractableResponse<Response> create(String phone, String fullName, String... roles) {
        return asAdmin().body(newAccount(phone, fullName, unitId, roles)).post("/api/v1/admin/accounts")
                .then().statusCode(201).extract();
    }

    private Instant queryInstant(String sql, Object... params) {
        return Instant.ofEpochMilli(data.queryLong("select (extract(epoch from (" + sql + ")) * 1000)::bigint",
                params));
    }



    private long audits(String action, long accountId) {
        return data.queryLong("select count(*) from audit_event where action = ? and target_type = 'ACCOUNT'"
                + " and target_id = ? and actor_id = ?", action, Long.toString(accountId), admin.id);
    }

    @Test
    void createsWithAOneTimePasswordStoredOnlyAsAHash() {
        String national = nationalNumber();
        ExtractableResponse<Response> created = create("0" + national.substring(0, 3) + " " + national.substring(3),
                "Trần Thị Thử", "LEADER", "SPECIALIST");
        long id = created.<Integer>path("account.id");
        String oneTimePassword = created.path("oneTimePassword");
        Instant expiresAt = Instant.parse(created.path("oneTimePasswordExpiresAt"));

        assertEquals("no-store", created.header("Cache-Control"));
        assertTrue(created.header("Location").endsWith("/api/v1/admin/accounts/" + id));
        assertEquals("+84" + national, created.path("account.phone"));
        assertEquals(List.of("SPECIALIST", "LEADER"), created.path("account.roles"));
        assertEquals(true, created.path("account.passwordChangeRequired"));
        assertEquals(true, created.path("account.enabled"));
        assertEquals((int) unitId, created.<Integer>path("account.unit.id"));
        assertEquals("Sở Thử nghiệm tài khoản", created.path("account.unit.name"));
        assertEquals(0, created.<Integer>path("account.version"));

        assertTrue(oneTimePassword.length() >= 12);
        assertTrue(passwords.verifies("+84" + national, oneTimePassword));
        assertEquals(0, data.queryLong("select count(*) from account where id = ? and password_hash like ?", id,
                "%" + oneTimePassword + "%"));
        assertEquals(1, data.queryLong("select count(*) from account where id = ? and password_change_required",
                id));
        Instant storedExpiry = queryInstant("select password_expires_at from account where id = ?", id);
        assertTrue(Math.abs(Duration.between(Instant.now().plus(Duration.ofHours(72)), storedExpiry).toMinutes()) < 5);
        assertTrue(Math.abs(Duration.between(expiresAt, storedExpiry).toMillis()) < 1000);

        assertEquals(1, audits("ACCOUNT_CREATED", id));
        assertEquals(0, data.queryLong("select count(*) from audit_event where details::text like ?",
                "%" + oneTimePassword + "%"));
    }

    @Test
    void normalisesTheThreeWaysOfTypingAPhoneAndRefusesDuplicates() {
        String first = nationalNumber();
        String second = nationalNumber();
        String third = nationalNumber();
        assertEquals("+84" + first, create("0" + first, "Lê Văn Một", "SPECIALIST").path("account.phone"));
        assertEquals("+84" + second, create("84" + second, "Lê Văn Hai", "SPECIALIST").path("account.phone"));
        assertEquals("+84" + third, create("+84 " + third.substring(0, 3) + " " + third.substring(3, 6) + " "
                + third.substring(6), "Lê Văn Ba", "SPECIALIST").path("account.phone"));

        asAdmin().body(newAccount("84" + first, "Người khác", unitId, "LEADER")).post("/api/v1/admin/accounts")
                .then().statusCode(409)
                .body("code", equalTo("phone-taken"))
                .body("detail", containsString("+84" + first));
        assertEquals(1, data.queryLong("select count(*) from account where phone = ?", "+84" + first));
    }

    @Test
    void refusesInvalidInput() {
        asAdmin().body(newAccount("12ab", "Số sai", unitId, "SPECIALIST")).post("/api/v1/admin/accounts")
                .then().statusCode(400)
                .body("code", equalTo("validation"))
                .body("errors[0].field", equalTo("phone"))
                .body("errors[0].message", equalTo("Số điện thoại di động không hợp lệ (ví dụ: 0982 123 456)"));
        asAdmin().body(newAccount("0" + nationalNumber(), "Không vai trò", unitId)).post("/api/v1/admin/accounts")
                .then().statusCode(400).body("errors.field", hasItem("roles"));
        asAdmin().body(newAccount("0" + nationalNumber(), "Không đơn vị", 999_999_999L, "SPECIALIST"))
                .post("/api/v1/admin/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("unitId"));

        long inactive = data.unit("Đơn vị đã ngừng", UnitKind.OTHER);
        asAdmin().post("/api/v1/admin/units/" + inactive + "/deactivate").then().statusCode(200);
        asAdmin().body(newAccount("0" + nationalNumber(), "Đơn vị ngừng", inactive, "SPECIALIST"))
                .post("/api/v1/admin/accounts")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"))
                .body("errors[0].message", equalTo("Đơn vị đã ngừng hoạt động"));
        given().auth().oauth2(data.token(admin)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(newAccount("12ab", "Số sai", unitId, "SPECIALIST")).post("/api/v1/admin/accounts")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("Not a valid mobile phone number (e.g. 0982 123 456)"));
    }

    @Test
    void editsAndEndsSessionsWhenRolesChange() {
        long id = create("0" + nationalNumber(), "Phạm Văn Sửa", "SPECIALIST").<Integer>path("account.id");
        Instant before = queryInstant("select tokens_valid_after from account where id = ?", id);
        long otherUnit = data.unit("Sở khác", UnitKind.DEPARTMENT);

        Map<String, Object> edit = new HashMap<>();
        edit.put("fullName", "Phạm Văn Đã Sửa");
        edit.put("position", "Phó giám đốc");
        edit.put("email", "sua@example.org");
        edit.put("unitId", otherUnit);
        edit.put("roles", List.of("LEADER"));
        edit.put("version", 0);
        asAdmin().body(edit).put("/api/v1/admin/accounts/" + id)
                .then().statusCode(200)
                .body("fullName", equalTo("Phạm Văn Đã Sửa"))
                .body("email", equalTo("sua@example.org"))
                .body("unit.id", equalTo((int) otherUnit))
                .body("roles", contains("LEADER"))
                .body("version", equalTo(1));
        assertEquals(1, data.queryLong("select count(*) from account where id = ? and roles = 'LEADER'"
                + " and unit_id = ? and position = 'Phó giám đốc'", id, otherUnit));
        assertTrue(queryInstant("select tokens_valid_after from account where id = ?", id).isAfter(before));
        assertEquals(1, audits("ACCOUNT_UPDATED", id));

        asAdmin().body(edit).put("/api/v1/admin/accounts/" + id)
                .then().statusCode(409).body("code", equalTo("stale-version"));
    }

    @Test
    void disablesEnablesAndResetsPasswords() {
        ExtractableResponse<Response> created = create("0" + nationalNumber(), "Hoàng Thị Khóa", "OPERATOR");
        long id = created.<Integer>path("account.id");
        String initial = created.path("oneTimePassword");
        String phone = created.path("account.phone");
        data.queryLong("update account set tokens_valid_after = now() - interval '1 hour',"
                + " password_change_required = false where id = ? returning 1", id);

        asAdmin().post("/api/v1/admin/accounts/" + id + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));
        assertEquals(1, data.queryLong("select count(*) from account where id = ? and not enabled"
                + " and tokens_valid_after > now() - interval '1 minute'", id));
        assertEquals(1, audits("ACCOUNT_DISABLED", id));

        asAdmin().post("/api/v1/admin/accounts/" + id + "/enable")
                .then().statusCode(200).body("enabled", equalTo(true));
        assertEquals(1, data.queryLong("select count(*) from account where id = ? and enabled", id));
        assertEquals(1, audits("ACCOUNT_ENABLED", id));

        data.queryLong("update account set tokens_valid_after = now() - interval '1 hour' where id = ? returning 1",
                id);
        ExtractableResponse<Response> reset = asAdmin().post("/api/v1/admin/accounts/" + id + "/reset-password")
                .then().statusCode(200).extract();
        String newPassword = reset.path("oneTimePassword");
        assertEquals("no-store", reset.header("Cache-Control"));
        assertNotEquals(initial, newPassword);
        assertTrue(passwords.verifies(phone, newPassword));
        assertFalse(passwords.verifies(phone, initial));
        assertEquals(1, data.queryLong("select count(*) from account where id = ? and password_change_required"
                + " and password_expires_at > now() + interval '71 hours'"
                + " and tokens_valid_after > now() - interval '1 minute'", id));
        assertEquals(1, audits("PASSWORD_RESET", id));
        assertEquals(0, data.queryLong("select count(*) from audit_event where details::text like ?",
                "%" + newPassword + "%"));
    }

    @Test
    void adminsCannotLockThemselvesOut() {
        asAdmin().post("/api/v1/admin/accounts/" + admin.id + "/disable")
                .then().statusCode(409).body("code", equalTo("account-self-lockout"));
        Map<String, Object> demote = new HashMap<>();
        demote.put("fullName", "Tự bỏ quyền");
        demote.put("unitId", unitId);
        demote.put("roles", List.of("SPECIALIST"));
        demote.put("version", 0);
        asAdmin().body(demote).put("/api/v1/admin/accounts/" + admin.id)
                .then().statusCode(409).body("code", equalTo("account-self-lockout"));
        assertEquals(1, data.queryLong("select count(*) from account where id = ? and enabled and roles = 'ADMIN'",
                admin.id));
    }

    @Test
    void listsFindsNamesWithoutDiacriticsAndPhoneDigitsAndPages() {
        long listUnit = data.unit("Đơn vị danh sách", UnitKind.DISTRICT);
        String national = nationalNumber();
        for (String name : List.of("Nguyễn Văn Tìm", "Nguyễn Văn Thấy", "Nguyễn Thị Khác", "Đỗ Văn Tìm")) {
            asAdmin().body(newAccount(name.equals("Nguyễn Văn Tìm") ? "0" + national : "0" + nationalNumber(), name,
                    listUnit, name.startsWith("Đỗ") ? "LEADER" : "SPECIALIST"))
                    .post("/api/v1/admin/accounts").then().statusCode(201);
        }

        asAdmin().queryParam("q", "nguyen van").queryParam("unitId", listUnit).get("/api/v1/admin/accounts")
                .then().statusCode(200)
                .body("items.fullName", containsInAnyOrder("Nguyễn Văn Tìm", "Nguyễn Văn Thấy"))
                .body("total", equalTo(2))
                .body("totalExact", equalTo(true))
                .body("items[0].unit.name", equalTo("Đơn vị danh sách"))
                .body("items[0].passwordHash", nullValue());
        asAdmin().queryParam("q", "do van").queryParam("unitId", listUnit).get("/api/v1/admin/accounts")
                .then().statusCode(200).body("items.fullName", contains("Đỗ Văn Tìm"));
        asAdmin().queryParam("q", "0" + national.substring(0, 6)).get("/api/v1/admin/accounts")
                .then().statusCode(200).body("items.phone", hasItem("+84" + national));
        asAdmin().queryParam("unitId", listUnit).queryParam("role", "LEADER").get("/api/v1/admin/accounts")
                .then().statusCode(200).body("items.fullName", contains("Đỗ Văn Tìm"));
        asAdmin().queryParam("q", "Không có ai%_").get("/api/v1/admin/accounts")
                .then().statusCode(200).body("items", hasSize(0));

        asAdmin().queryParam("unitId", listUnit).queryParam("size", 3).queryParam("page", 0)
                .get("/api/v1/admin/accounts")
                .then().statusCode(200)
                .body("items", hasSize(3)).body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(3));
        asAdmin().queryParam("unitId", listUnit).queryParam("size", 3).queryParam("page", 1)
                .get("/api/v1/admin/accounts")
                .then().statusCode(200).body("items", hasSize(1));

        long disabledId = asAdmin().queryParam("q", "nguyen thi").queryParam("unitId", listUnit)
                .get("/api/v1/admin/accounts").then().extract().<Integer>path("items[0].id");
        asAdmin().post("/api/v1/admin/accounts/" + disabledId + "/disable").then().statusCode(200);
        asAdmin().queryParam("unitId", listUnit).queryParam("enabled", false).get("/api/v1/admin/accounts")
                .then().statusCode(200).body("items.fullName", contains("Nguyễn Thị Khác"))
                .body("items.enabled", everyItem(equalTo(false)));
        asAdmin().queryParam("size", 101).get("/api/v1/admin/accounts").then().statusCode(400);

        asAdmin().get("/api/v1/admin/accounts/" + disabledId)
                .then().statusCode(200).body("fullName", equalTo("Nguyễn Thị Khác")).body("enabled", equalTo(false));
        asAdmin().get("/api/v1/admin/accounts/999999999").then().statusCode(404);
    }

    @Test
    void everyAdminEndpointRefusesOtherRolesAndStrangers() {
        long target = data.account(unitId, Role.SPECIALIST).id;
        Map<String, Object> edit = new HashMap<>();
        edit.put("fullName", "X");
        edit.put("unitId", unitId);
        edit.put("roles", List.of("SPECIALIST"));
        edit.put("version", 0);
        for (Role role : List.of(Role.OPERATOR, Role.SPECIALIST, Role.LEADER, Role.PROVINCE_OFFICE)) {
            String token = data.token(data.account(unitId, role, Role.SPECIALIST));
            RequestSpecification as = given().auth().oauth2(token).contentType(ContentType.JSON);
            as.get("/api/v1/admin/accounts").then().statusCode(403).body("code", equalTo("forbidden"));
            as.get("/api/v1/admin/accounts/" + target).then().statusCode(403);
            as.body(newAccount("0" + nationalNumber(), "X", unitId, "ADMIN")).post("/api/v1/admin/accounts")
                    .then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(edit)
                    .put("/api/v1/admin/accounts/" + target).then().statusCode(403);
            for (String action : List.of("disable", "enable", "reset-password")) {
                given().auth().oauth2(token).post("/api/v1/admin/accounts/" + target + "/" + action)
                        .then().statusCode(403);
            }
        }
        given().get("/api/v1/admin/accounts").then().statusCode(401).body("code", equalTo("unauthorized"));
        given().get("/api/v1/admin/accounts/" + target).then().statusCode(401);
        given().contentType(ContentType.JSON).body(newAccount("0" + nationalNumber(), "X", unitId, "ADMIN"))
                .post("/api/v1/admin/accounts").then().statusCode(401);
        given().contentType(ContentType.JSON).body(edit).put("/api/v1/admin/accounts/" + target)
                .then().statusCode(401);
        for (String action : List.of("disable", "enable", "reset-password")) {
            given().post("/api/v1/admin/accounts/" + target + "/" + action).then().statusCode(401);
        }
        assertEquals(1, data.queryLong("select count(*) from account where id = ? and enabled"
                + " and not password_change_required and full_name <> 'X'", target));
        assertEquals(0, data.queryLong("select count(*) from account where full_name = 'X'"));
    }
}
