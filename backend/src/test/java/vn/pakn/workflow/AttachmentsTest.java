package vn.pakn.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import org.apache.http.entity.mime.HttpMultipartMode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.pakn.pakn.PaknFixtures;
import vn.pakn.testing.TestData;

/** Uploads are checked before anything is stored; downloads only for those who may see the PAKN. */
@QuarkusTest
class AttachmentsTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};

    /** As browsers send them: file names in UTF-8. */
    static final RestAssuredConfig UTF8_FILE_NAMES = RestAssured.config()
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE));

    @Inject
    PaknFixtures fx;
    @Inject
    TestData data;
    @ConfigProperty(name = "pakn.data-dir")
    Path dataDir;

    @Test
    void pdfIsStoredAndDownloadedAsAnAttachment() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Đường hư hỏng", w.unitA());
        long file = given().config(UTF8_FILE_NAMES).auth().oauth2(w.specialistA())
                .multiPart("file", "Biên bản đợt 1.pdf", PDF, "application/pdf")
                .multiPart("purpose", "RESULT").post("/api/v1/pakn/" + id + "/attachments").then().statusCode(201)
                .body("fileName", equalTo("Biên bản đợt 1.pdf")).body("purpose", equalTo("RESULT"))
                .extract().jsonPath().getLong("id");
        byte[] body = given().auth().oauth2(w.operator()).get("/api/v1/attachments/" + file).then().statusCode(200)
                .header("Content-Type", containsString("application/pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", equalTo("attachment; filename=\"Bien ban dot 1.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%C4%91%E1%BB%A3t%201.pdf"))
                .extract().asByteArray();
        assertArrayEquals(PDF, body);
    }

    @Test
    void refusedUploadsStoreNothing() throws IOException {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Rác thải chưa thu gom", w.unitA());
        long filesBefore = storedFiles();

        given().auth().oauth2(w.specialistA()).multiPart("file", "bang.xlsx", PDF, "application/vnd.ms-excel")
                .post("/api/v1/pakn/" + id + "/attachments").then().statusCode(415)
                .body("code", equalTo("attachment-type-not-allowed"));
        given().auth().oauth2(w.specialistA()).multiPart("file", "anh.pdf", PNG, "application/pdf")
                .post("/api/v1/pakn/" + id + "/attachments").then().statusCode(415)
                .body("code", equalTo("attachment-content-mismatch"));
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        given().auth().oauth2(w.specialistA()).multiPart("file", "lon.pdf", big, "application/pdf")
                .post("/api/v1/pakn/" + id + "/attachments").then().statusCode(413)
                .body("code", equalTo("attachment-too-large"));
        // another unit does not even learn that the item exists
        given().auth().oauth2(w.specialistB()).multiPart("file", "a.pdf", PDF, "application/pdf")
                .post("/api/v1/pakn/" + id + "/attachments").then().statusCode(404);

        assertEquals(0, data.queryLong("select count(*) from attachment where pakn_id = ?", id));
        assertEquals(filesBefore, storedFiles());
    }

    @Test
    void anotherUnitCannotDownload() {
        PaknFixtures.World w = fx.world();
        long id = fx.routed(w, "Đèn đường không sáng", w.unitA());
        long file = given().auth().oauth2(w.specialistA()).multiPart("file", "a.txt",
                "Nội dung".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/pakn/" + id + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(w.specialistB()).get("/api/v1/attachments/" + file).then().statusCode(404)
                .body("code", equalTo("not-found"));
        given().auth().oauth2(w.specialistB()).get("/api/v1/pakn/" + id + "/attachments").then().statusCode(404);
        given().auth().oauth2(w.specialistA()).get("/api/v1/attachments/" + file).then().statusCode(200);
    }

    private long storedFiles() throws IOException {
        Path directory = dataDir.resolve("attachments");
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }
}
