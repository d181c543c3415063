package vn.pakn.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.pakn.pakn.PaknFixtures;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Role;

/**
 * Gỡ tập tin: only the officer who attached a file takes it back, while the item is open and their unit works on
 * it; the row, and then the bytes, really go; the history keeps the file's name.
 */
@QuarkusTest
class AttachmentRemovalTest {

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;
    @ConfigProperty(name = "pakn.data-dir")
    Path dataDir;

    @Test
    void theUploaderRemovesTheirFileAndItIsGoneForEveryone() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Giấy tờ của người khác đính kèm nhầm", w.unitA());
        long file = upload(w.specialistA(), id, "CCCD người khác.pdf");
        Path bytes = stored(file);
        assertTrue(Files.isRegularFile(bytes));

        given().auth().oauth2(w.specialistA()).delete("/api/v1/attachments/" + file).then().statusCode(204);

        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id + "/attachments").then().statusCode(200)
                .body("id", not(hasItem((int) file)));
        given().auth().oauth2(w.operator()).get("/api/v1/attachments/" + file).then().statusCode(404)
                .body("code", equalTo("not-found"));
        assertEquals(0, data.queryLong("select count(*) from attachment where id = ?", file));
        assertFalse(Files.exists(bytes), "the bytes are deleted, not only the row");

        JsonPath history = given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/history").then()
                .statusCode(200).extract().jsonPath();
        List<String> actions = history.getList("action");
        assertEquals(List.of("attach", "detach"), actions.subList(actions.size() - 2, actions.size()));
        String last = "[" + (actions.size() - 1) + "].";
        assertEquals("Gỡ tập tin", history.getString(last + "actionLabel"));
        assertEquals(w.specialistAName(), history.getString(last + "actorLabel"));
        assertEquals(List.of("ATTACHMENT"), history.getList(last + "changes.field"));
        assertEquals("CCCD người khác.pdf (Kết quả)", history.getString(last + "changes[0].oldValue"));
        assertNull(history.getString(last + "changes[0].newValue"));
    }

    @Test
    void onlyTheUploaderSeesTheFileAsRemovable() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Cống thoát nước bị tắc", w.unitA());
        String colleague = fx.token(w.unitA(), Role.SPECIALIST);
        long mine = upload(w.specialistA(), id, "biên bản.pdf");
        long theirs = upload(colleague, id, "ảnh hiện trường.pdf");

        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id + "/attachments").then().statusCode(200)
                .body("find { it.id == " + mine + " }.removable", equalTo(true))
                .body("find { it.id == " + theirs + " }.removable", equalTo(false));
        given().auth().oauth2(colleague).get("/api/v1/pakn/" + id + "/attachments").then().statusCode(200)
                .body("find { it.id == " + mine + " }.removable", equalTo(false))
                .body("find { it.id == " + theirs + " }.removable", equalTo(true));
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/attachments").then().statusCode(200)
                .body("removable", not(hasItem(true)));
    }

    @Test
    void nobodyElseRemovesIt() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Đèn tín hiệu giao thông hỏng", w.unitA());
        long file = upload(w.specialistA(), id, "kết quả.pdf");
        long historyBefore = historyEntries(id);

        // a colleague of the same unit may see it, but did not attach it
        given().auth().oauth2(fx.token(w.unitA(), Role.SPECIALIST)).delete("/api/v1/attachments/" + file).then()
                .statusCode(403).contentType(containsString("application/problem+json"))
                .body("code", equalTo("attachment-not-uploader"))
                .body("detail", equalTo("Chỉ người đã đính kèm tập tin mới được gỡ tập tin này."));
        // another unit does not even learn that the file exists
        given().auth().oauth2(w.specialistB()).delete("/api/v1/attachments/" + file).then().statusCode(404)
                .body("code", equalTo("not-found"));
        given().delete("/api/v1/attachments/" + file).then().statusCode(401);
        given().auth().oauth2(w.specialistA()).delete("/api/v1/attachments/" + Long.MAX_VALUE).then()
                .statusCode(404).contentType(containsString("application/problem+json"))
                .body("code", equalTo("not-found"));

        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id + "/attachments").then()
                .body("id", hasItem((int) file));
        given().auth().oauth2(w.specialistA()).get("/api/v1/attachments/" + file).then().statusCode(200);
        assertTrue(Files.isRegularFile(stored(file)));
        assertEquals(historyBefore, historyEntries(id));
    }

    @Test
    void aCompletedItemKeepsItsFiles() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Cây xanh đổ chắn đường", w.unitA());
        long file = upload(w.specialistA(), id, "kết quả xử lý.pdf");
        fx.act(w.specialistA(), id, "update-result", Map.of("resultUnitId", w.unitA(),
                "resultContent", "Đã dọn cây đổ")).statusCode(200);
        fx.act(w.specialistA(), id, "return-result").statusCode(200);
        fx.act(w.operator(), id, "complete").statusCode(200).body("status", equalTo("COMPLETED"));

        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id + "/attachments").then()
                .body("find { it.id == " + file + " }.removable", equalTo(false));
        given().auth().oauth2(w.specialistA()).delete("/api/v1/attachments/" + file).then().statusCode(409)
                .body("code", equalTo("attachment-pakn-completed"));
        given().auth().oauth2(w.specialistA()).get("/api/v1/attachments/" + file).then().statusCode(200);
        // a file added after the completion is not offered for removal either
        given().config(AttachmentsTest.UTF8_FILE_NAMES).auth().oauth2(w.operator())
                .multiPart("file", "trả lời công dân.pdf", AttachmentsTest.PDF, "application/pdf")
                .multiPart("purpose", "RESULT").post("/api/v1/pakn/" + id + "/attachments").then().statusCode(201)
                .body("removable", equalTo(false));
    }

    @Test
    void aUnitNoLongerOnTheItemCannotRemoveWhatItAttached() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Đường ống nước bị vỡ", w.unitA());
        long file = upload(w.specialistA(), id, "ảnh.pdf");
        fx.act(w.specialistA(), id, "return-to-operator", Map.of("reason", "WRONG_JURISDICTION")).statusCode(200);
        fx.act(w.operator(), id, "reroute", Map.of("mainUnitId", w.unitC())).statusCode(200);

        given().auth().oauth2(w.specialistA()).get("/api/v1/pakn/" + id + "/attachments").then().statusCode(200)
                .body("find { it.id == " + file + " }.removable", equalTo(false));
        given().auth().oauth2(w.specialistA()).delete("/api/v1/attachments/" + file).then().statusCode(403)
                .body("code", equalTo("pakn-not-your-unit"));
        assertEquals(1, data.queryLong("select count(*) from attachment where id = ?", file));
    }

    @Test
    void theOperatorRemovesAFileAttachedAtIntake() {
        PaknFixtures.World w = fx.world();
        long id = fx.create(w.operator(), "Phản ánh kèm tập tin sai");
        long file = given().auth().oauth2(w.operator()).multiPart("file", "nham.pdf", AttachmentsTest.PDF,
                "application/pdf").post("/api/v1/pakn/" + id + "/attachments").then().statusCode(201)
                .body("removable", equalTo(true)).extract().jsonPath().getLong("id");

        given().auth().oauth2(w.operator()).delete("/api/v1/attachments/" + file).then().statusCode(204);
        given().auth().oauth2(w.operator()).get("/api/v1/pakn/" + id + "/attachments").then()
                .body("id", equalTo(List.of()));
    }

    private long upload(String token, long paknId, String name) {
        return given().config(AttachmentsTest.UTF8_FILE_NAMES).auth().oauth2(token)
                .multiPart("file", name, AttachmentsTest.PDF, "application/pdf").multiPart("purpose", "RESULT")
                .post("/api/v1/pakn/" + paknId + "/attachments").then().statusCode(201)
                .body("removable", equalTo(true)).extract().jsonPath().getLong("id");
    }

    private Path stored(long file) {
        return dataDir.resolve("attachments")
                .resolve(data.strings("select storage_key from attachment where id = " + file).get(0));
    }

    private long historyEntries(long paknId) {
        return data.queryLong("select count(*) from pakn_history where pakn_id = ?", paknId);
    }
}
