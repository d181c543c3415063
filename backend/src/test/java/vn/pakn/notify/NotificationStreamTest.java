package vn.pakn.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestClock;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/** The bell updates live: a delivered in-app message pushes the new unread count to the open stream. */
@QuarkusTest
class NotificationStreamTest {

    @Inject
    TestData data;
    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;
    @Inject
    TestClock clock;

    @TestHTTPResource("/api/v1/notifications/stream")
    URI stream;

    @Test
    void theUnreadCountIsPushedWhenAMessageArrives() throws Exception {
        Account officer = data.account(data.unit("Sở Chuông", UnitKind.DEPARTMENT), Role.SPECIALIST);
        HttpRequest request = HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + data.token(officer))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);

        BlockingQueue<String> events = new ArrayBlockingQueue<>(10);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
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

        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"unread\":0}");
        OutboxTestSupport.enqueue(outbox, officer.id, Channel.IN_APP);
        OutboxTestSupport.dispatch(dispatcher);
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"unread\":1}");
        response.body().close();
    }

    @Test
    void theStreamEndsWhenTheAccessTokenExpires() throws Exception {
        Account officer = data.account(data.unit("Sở Chuông hết hạn", UnitKind.DEPARTMENT), Role.SPECIALIST);
        String token = data.token(officer);
        clock.advance(Duration.ofMinutes(16)); // past the token's 15 minutes, by the server's clock
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("data:");
    }
}
