package io.implementa.notification.delivery;

import static io.restassured.RestAssured.given;

import io.implementa.notification.delivery.Notification.About;
import io.implementa.notification.delivery.Notification.Message;
import io.implementa.notification.recipient.Channel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Sets up what delivery tests need: a WEBHOOK recipient with an endpoint, and notifications queued for it. */
@ApplicationScoped
public class DeliveryFixtures {

    private final DeliveryService deliveries;

    public DeliveryFixtures(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    /** An integration recipient and its endpoint at the URL; returns the registration answer (with the secret). */
    public static JsonPath webhookRecipient(String url) {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String recipientId = given().contentType(ContentType.JSON).body("""
                {"kind":"INTEGRATION_ENDPOINT","displayName":"ERP %s","preferredChannel":"WEBHOOK",
                 "channelAddress":"https://erp.example.com/hooks/%s"}
                """.formatted(token, token))
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .extract().path("id");
        return given().contentType(ContentType.JSON).body("""
                {"recipientId":"%s","url":"%s","description":"ERP"}
                """.formatted(recipientId, url))
                .when().post("/api/v1/webhook-endpoints")
                .then().statusCode(201)
                .extract().jsonPath();
    }

    /** Queues a webhook notification about a new event for the endpoint's recipient; returns the delivery id. */
    public UUID queueWebhook(JsonPath endpoint) {
        UUID eventId = UUID.randomUUID();
        UUID recipientId = UUID.fromString(endpoint.getString("recipientId"));
        String body = """
                {"specversion":"1.0","id":"%s","type":"io.implementa.test.Happened","data":{"n":1}}""".formatted(eventId);
        return QuarkusTransaction.requiringNew().call(() -> {
            deliveries.enqueue(new About(eventId, "io.implementa.test.Happened", null),
                    new Message(recipientId, Channel.WEBHOOK, endpoint.getString("url"),
                            UUID.fromString(endpoint.getString("id")), "Happened", body, null));
            return Delivery.<Delivery>find("notification.eventId", eventId).singleResult().id;
        });
    }
}
