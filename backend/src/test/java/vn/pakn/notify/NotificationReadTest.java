package vn.pakn.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/** The notifications page: the unread ones alone; reading one updates the bell of every open page. */
@QuarkusTest
class NotificationReadTest {

    @Inject
    TestData data;
    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;

    @TestHTTPResource("/api/v1/notifications/stream")
    URI stream;

    @Test
    void readingPushesTheNewCountAndTheUnreadFilterLeavesReadOnesOut() throws Exception {
        Account officer = data.account(data.unit("Sở Đọc thông báo", UnitKind.DEPARTMENT), Role.LEADER);
        String token = data.token(officer);
        OutboxTestSupport.enqueue(outbox, officer.id, Channel.IN_APP);
        OutboxTestSupport.enqueue(outbox, officer.id, Channel.IN_APP);
        OutboxTestSupport.dispatch(dispatcher);

        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
        BlockingQueue<String> events = dataLines(response.body());
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"unread\":2}");

        int newest = given().auth().oauth2(token).get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(2)).extract().path("items[0].id");
        int older = given().auth().oauth2(token).get("/api/v1/notifications").then().extract().path("items[1].id");
        given().auth().oauth2(token).post("/api/v1/notifications/" + newest + "/read").then().statusCode(204);
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"unread\":1}");

        given().auth().oauth2(token).queryParam("unread", true).get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(older)).body("items[0].read", equalTo(false));
        given().auth().oauth2(token).get("/api/v1/notifications").then().body("total", equalTo(2))
                .body("items[0].read", equalTo(true));

        given().auth().oauth2(token).post("/api/v1/notifications/read-all").then().statusCode(204);
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"unread\":0}");
        given().auth().oauth2(token).queryParam("unread", true).get("/api/v1/notifications").then()
                .body("total", equalTo(0));
        response.body().close();
    }

    private static BlockingQueue<String> dataLines(InputStream body) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        events.add(line.substring(5).strip());
                    }
                }
            } catch (java.io.IOException closed) {
                // the test ends by dropping the connection
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
    }
}
