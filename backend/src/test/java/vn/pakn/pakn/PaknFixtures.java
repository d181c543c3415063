package vn.pakn.pakn;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/** Units, officers and PAKN made through the API, for the pakn and workflow tests. */
@ApplicationScoped
public class PaknFixtures {

    @Inject
    TestData data;

    /** The 1022 centre with an operator, and two departments A and B, each with a specialist and a leader. */
    public record World(long center, String operator, long unitA, String specialistA, String specialistAName,
            String leaderA, long unitB, String specialistB, long unitC, String specialistC) {
    }

    public World world() {
        long center = data.unit("Trung tâm 1022 thử nghiệm", UnitKind.CALL_CENTER);
        long a = data.unit("Sở Thử nghiệm A", UnitKind.DEPARTMENT);
        long b = data.unit("Sở Thử nghiệm B", UnitKind.DEPARTMENT);
        long c = data.unit("UBND Thử nghiệm C", UnitKind.DISTRICT);
        Account specialistA = data.account(a, Role.SPECIALIST);
        return new World(center, token(center, Role.OPERATOR), a, data.token(specialistA), specialistA.fullName,
                token(a, Role.LEADER), b, token(b, Role.SPECIALIST), c, token(c, Role.SPECIALIST));
    }

    public String token(long unit, Role... roles) {
        Account account = data.account(unit, roles);
        return data.token(account);
    }

    public long categoryId() {
        return data.queryLong("select id from category where code = 'MOI_TRUONG'");
    }

    public long channelId() {
        return data.queryLong("select id from channel where code = 'TONG_DAI'");
    }

    public Map<String, Object> form(String title) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("content", "Người dân phản ánh: " + title);
        form.put("categoryId", categoryId());
        form.put("channelId", channelId());
        form.put("locationText", "Phường Thử nghiệm, Tỉnh Gia Lai");
        form.put("reporterName", "Nguyễn Văn Thử");
        form.put("reporterPhone", "0900000001");
        form.put("identityDisclosed", false);
        return form;
    }

    /** Creates a PAKN as the operator; returns its id. */
    public long create(String operator, String title) {
        return ((Number) given().auth().oauth2(operator).contentType(ContentType.JSON).body(form(title))
                .post("/api/v1/pakn").then().statusCode(201).extract().path("id")).longValue();
    }

    public long version(long id) {
        return data.queryLong("select version from pakn where id = ?", id);
    }

    /** Takes an action with the item's current version. */
    public ValidatableResponse act(String token, long id, String action, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + version(id) + "\"")
                .body(body).post("/api/v1/pakn/" + id + "/actions/" + action).then();
    }

    public ValidatableResponse act(String token, long id, String action) {
        return act(token, id, action, Map.of());
    }

    /** Created, received and routed to {@code unit} (with coordinators, if any). */
    public long routed(World w, String title, long unit, Long... coordinators) {
        long id = create(w.operator(), title);
        act(w.operator(), id, "receive").statusCode(200);
        act(w.operator(), id, "route", Map.of("mainUnitId", unit, "coordinatingUnitIds", java.util.List.of(coordinators)))
                .statusCode(200);
        return id;
    }
}
