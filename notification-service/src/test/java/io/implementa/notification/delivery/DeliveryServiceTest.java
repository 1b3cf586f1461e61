package io.implementa.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.notification.delivery.ChannelSenders.Outgoing;
import io.implementa.notification.delivery.Notification.About;
import io.implementa.notification.delivery.Notification.Message;
import io.implementa.notification.recipient.Channel;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Storing notifications (once per event, recipient and channel), chat formats, and who sees the log. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class DeliveryServiceTest {

    @Inject
    DeliveryService deliveries;

    @Inject
    DeliveryFixtures fixtures;

    @Inject
    ChannelSenders senders;

    @Inject
    ObjectMapper json;

    @Test
    void storesOneNotificationPerEventRecipientAndChannel() {
        JsonPath endpoint = DeliveryFixtures.webhookRecipient("http://127.0.0.1:9/none");
        UUID recipientId = UUID.fromString(endpoint.getString("recipientId"));
        About about = new About(UUID.randomUUID(), "io.implementa.test.Happened", null);
        Message message = new Message(recipientId, Channel.WEBHOOK, endpoint.getString("url"),
                UUID.fromString(endpoint.getString("id")), "Happened", "{}", null);

        boolean first = QuarkusTransaction.requiringNew().call(() -> deliveries.enqueue(about, message));
        boolean second = QuarkusTransaction.requiringNew().call(() -> deliveries.enqueue(about, message));

        assertThat(first, is(true));
        assertThat(second, is(false));
        given().queryParam("recipientId", recipientId)
                .when().get("/api/v1/deliveries")
                .then().statusCode(200)
                .header("X-Total-Count", "1");
    }

    @Test
    void postsASlackMessage() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            SendResult result = senders.send(chat(Channel.SLACK, receiver.url()), Instant.now());

            assertThat(result.succeeded(), is(true));
            JsonNode body = json.readTree(receiver.received().get(0).body());
            assertThat(body.get("text").asText(), equalTo("*ERP is closed*\nThe project is closed."));
        }
    }

    @Test
    void postsATeamsMessageCard() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            SendResult result = senders.send(chat(Channel.TEAMS, receiver.url()), Instant.now());

            assertThat(result.succeeded(), is(true));
            JsonNode body = json.readTree(receiver.received().get(0).body());
            assertThat(body.get("@type").asText(), equalTo("MessageCard"));
            assertThat(body.get("title").asText(), equalTo("ERP is closed"));
            assertThat(body.get("text").asText(), equalTo("The project is closed."));
        }
    }

    @Test
    void hidesDeliveriesFromWhoeverMayNotSeeTheirRecipient() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            UUID deliveryId = fixtures.queueWebhook(DeliveryFixtures.webhookRecipient(receiver.url()));
            String outsider = TestTokens.forUser("sub-" + UUID.randomUUID());

            given().auth().oauth2(outsider).when().get("/api/v1/deliveries/{id}", deliveryId)
                    .then().statusCode(404);
            given().auth().oauth2(outsider).when().post("/api/v1/deliveries/{id}/redelivery", deliveryId)
                    .then().statusCode(404);
            given().auth().oauth2(outsider).when().get("/api/v1/deliveries")
                    .then().statusCode(200)
                    .header("X-Total-Count", "0");
        }
    }

    @Test
    void showsTheOwnerOfARecipientItsDeliveries() {
        String owner = "sub-" + UUID.randomUUID();
        String token = TestTokens.forUser(owner);
        String recipientId = given().auth().oauth2(token).contentType("application/json").body("""
                {"kind":"INTEGRATION_ENDPOINT","displayName":"Own ERP","preferredChannel":"WEBHOOK",
                 "channelAddress":"https://erp.example.com/hooks"}
                """).when().post("/api/v1/recipients").then().statusCode(201).extract().path("id");
        JsonPath endpoint = given().auth().oauth2(token).contentType("application/json").body("""
                {"recipientId":"%s","url":"http://127.0.0.1:9/none"}
                """.formatted(recipientId)).when().post("/api/v1/webhook-endpoints")
                .then().statusCode(201).extract().jsonPath();
        UUID deliveryId = fixtures.queueWebhook(endpoint);

        given().auth().oauth2(token).when().get("/api/v1/deliveries")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items[0].id", equalTo(deliveryId.toString()));
        given().auth().oauth2(token).when().get("/api/v1/deliveries/{id}", deliveryId)
                .then().statusCode(200)
                .body("delivery.status", equalTo("PENDING"));
    }

    @Test
    void refusesToRedeliverAPendingDelivery() {
        UUID deliveryId = fixtures.queueWebhook(DeliveryFixtures.webhookRecipient("http://127.0.0.1:9/none"));

        given().when().post("/api/v1/deliveries/{id}/redelivery", deliveryId)
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/delivery-pending"));
    }

    private Outgoing chat(Channel channel, String url) {
        Notification notification = Notification.of(new About(UUID.randomUUID(), "io.implementa.test.Happened", null),
                new Message(UUID.randomUUID(), channel, url, null, "ERP is closed", "The project is closed.", null),
                Instant.now());
        return new Outgoing(UUID.randomUUID(), notification, null);
    }
}
