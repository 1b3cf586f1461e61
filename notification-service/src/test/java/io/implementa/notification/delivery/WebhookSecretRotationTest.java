package io.implementa.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.implementa.notification.delivery.WebhookReceiver.Received;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rotating a webhook endpoint's secret: both signatures during the window, each verifiable on its own. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class WebhookSecretRotationTest {

    @Inject
    DeliveryWorker worker;

    @Inject
    DeliveryFixtures fixtures;

    /** The request as if it carried this one signature only. */
    static Received withSignature(Received request, String signature) {
        return new Received(Map.of("webhook-id", List.of(request.header("webhook-id")),
                "webhook-timestamp", List.of(request.header("webhook-timestamp")),
                "webhook-signature", List.of(signature)), request.body());
    }

    static String rotate(JsonPath endpoint) {
        return given().when().post("/api/v1/webhook-endpoints/{id}/secret-rotation", endpoint.getString("id"))
                .then().statusCode(200)
                .body("endpointId", equalTo(endpoint.getString("id")))
                .body("secret", startsWith("whsec_"))
                .extract().path("secret");
    }

    @Test
    void signsWithBothSecretsDuringTheRotationWindow() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(204)) {
            JsonPath endpoint = DeliveryFixtures.webhookRecipient(receiver.url());
            String oldSecret = endpoint.getString("secret");
            String newSecret = rotate(endpoint);
            assertThat(newSecret, not(equalTo(oldSecret)));
            fixtures.queueWebhook(endpoint);

            worker.deliverDue(Instant.now());

            assertThat(receiver.received(), hasSize(1));
            Received request = receiver.received().get(0);
            String[] signatures = request.header("webhook-signature").split(" ");
            assertThat(signatures.length, is(2));
            assertThat(WebhookReceiver.signedWith(newSecret, withSignature(request, signatures[0])), is(true));
            assertThat(WebhookReceiver.signedWith(oldSecret, withSignature(request, signatures[0])), is(false));
            assertThat(WebhookReceiver.signedWith(oldSecret, withSignature(request, signatures[1])), is(true));
            assertThat(WebhookReceiver.signedWith(newSecret, withSignature(request, signatures[1])), is(false));
        }
    }

    @Test
    void signsWithTheNewSecretAloneAfterTheWindow() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(204)) {
            JsonPath endpoint = DeliveryFixtures.webhookRecipient(receiver.url());
            String newSecret = rotate(endpoint);
            fixtures.queueWebhook(endpoint);

            worker.deliverDue(Instant.now().plus(Duration.ofHours(25)));

            Received request = receiver.received().get(0);
            assertThat(request.header("webhook-signature").split(" ").length, is(1));
            assertThat(WebhookReceiver.signedWith(newSecret, request), is(true));
            assertThat(WebhookReceiver.signedWith(endpoint.getString("secret"), request), is(false));
        }
    }

    @Test
    void onlyWhoeverMayChangeTheRecipientRotates() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(204)) {
            JsonPath endpoint = DeliveryFixtures.webhookRecipient(receiver.url());

            given().auth().oauth2(TestTokens.forUser("sub-" + UUID.randomUUID()))
                    .when().post("/api/v1/webhook-endpoints/{id}/secret-rotation", endpoint.getString("id"))
                    .then().statusCode(404);
        }
    }
}
