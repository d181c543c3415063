package vn.pakn.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.TestClock;
import vn.pakn.testing.TestData;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.UnitKind;

/** The HTTP SMS gateway is the one outside party here: WireMock stands in for it. */
@QuarkusTest
@TestProfile(SmsGatewayTest.HttpGateway.class)
class SmsGatewayTest {

    static WireMockServer gateway;

    @Inject
    TestData data;
    @Inject
    Outbox outbox;
    @Inject
    Dispatcher dispatcher;
    @Inject
    TestClock clock;

    @AfterEach
    void resetGateway() {
        gateway.resetAll();
    }

    @Test
    void aFailingGatewayIsRetriedWithBackoffAndTheMessageDeliveredOnce() {
        gateway.stubFor(post("/sms").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        gateway.stubFor(post("/sms").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));
        Account officer = officer();
        String key = OutboxTestSupport.enqueue(outbox, officer.id, Channel.SMS);

        OutboxTestSupport.dispatch(dispatcher);
        assertThat(status(key)).isEqualTo("PENDING");
        assertThat(OutboxTestSupport.dispatch(dispatcher)).as("not due before its backoff").isZero();

        clock.advance(Duration.ofSeconds(31));
        OutboxTestSupport.dispatch(dispatcher);
        assertThat(status(key)).isEqualTo("SENT");
        OutboxTestSupport.dispatch(dispatcher);

        gateway.verify(2, postRequestedFor(urlEqualTo("/sms"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials("pakn", "secret"))
                .withRequestBody(matchingJsonPath("$.to", equalTo(officer.phone)))
                .withRequestBody(matchingJsonPath("$.id", equalTo(key + ":SMS")))
                .withRequestBody(matchingJsonPath("$.from", equalTo("UBND-TEST"))));
    }

    @Test
    void aGatewayThatAlwaysFailsEndsInTheDeadLettersWhichAdminsRetry() {
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(503)));
        Account officer = officer();
        String key = OutboxTestSupport.enqueue(outbox, officer.id, Channel.SMS);
        for (int attempt = 0; attempt < 3; attempt++) {
            OutboxTestSupport.dispatch(dispatcher);
            clock.advance(Duration.ofHours(2));
        }
        assertThat(status(key)).isEqualTo("DEAD");
        gateway.verify(3, postRequestedFor(urlEqualTo("/sms")));

        String admin = data.token(data.account(officer.unitId, Role.ADMIN));
        int id = given().auth().oauth2(admin).get("/api/v1/admin/notifications/outbox?status=DEAD&size=100").then().statusCode(200)
                .extract().path("items.find { it.key == '" + key + ":SMS' }.id");
        given().auth().oauth2(admin).post("/api/v1/admin/notifications/outbox/" + id + "/retry").then().statusCode(204);
        assertThat(status(key)).isEqualTo("PENDING");

        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(200)));
        OutboxTestSupport.dispatch(dispatcher);
        assertThat(status(key)).isEqualTo("SENT");
    }

    private Account officer() {
        return data.account(data.unit("Sở Tin nhắn", UnitKind.DEPARTMENT), Role.SPECIALIST);
    }

    private String status(String key) {
        long sent = data.queryLong("select count(*) from outbox_message where message_key = ? and status = 'SENT'",
                key + ":SMS");
        long dead = data.queryLong("select count(*) from outbox_message where message_key = ? and status = 'DEAD'",
                key + ":SMS");
        return sent == 1 ? "SENT" : dead == 1 ? "DEAD" : "PENDING";
    }

    public static class HttpGateway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pakn.notify.sms.gateway", "http", "pakn.notify.sms.username", "pakn",
                    "pakn.notify.sms.password", "secret", "pakn.notify.sms.sender", "UBND-TEST",
                    "pakn.notify.max-attempts", "3");
        }

        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(FakeGateway.class));
        }
    }

    public static class FakeGateway implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            gateway.start();
            return Map.of("pakn.notify.sms.url", gateway.baseUrl() + "/sms");
        }

        @Override
        public void stop() {
            gateway.stop();
        }
    }
}
