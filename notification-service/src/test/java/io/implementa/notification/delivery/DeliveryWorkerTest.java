package io.implementa.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.implementa.notification.delivery.WebhookReceiver.Received;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The delivery worker against a real HTTP receiver: retries under the same webhook-id, signatures, giving up,
 * 410 Gone, and taking up deliveries a dead worker left in flight. The worker is run by hand with the instant of
 * each round (the test schedule waits milliseconds between attempts).
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class DeliveryWorkerTest {

    static final String NOTIFICATION_EVENTS = "implementa.notification.events";

    @Inject
    DeliveryWorker worker;

    @Inject
    DeliveryFixtures fixtures;

    /** Runs the worker at start + seconds: each round is past every retry wait of the test schedule. */
    void rounds(Instant start, int count) {
        for (int i = 0; i < count; i++) {
            worker.deliverDue(start.plusSeconds(i + 1));
        }
    }

    @Test
    void deliversOnceUnderOneWebhookIdAfterTwoFailures() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500, 503, 204);
                KafkaTestConsumer events = KafkaTestConsumer.fromEnd(NOTIFICATION_EVENTS)) {
            JsonPath endpoint = DeliveryFixtures.webhookRecipient(receiver.url());
            UUID deliveryId = fixtures.queueWebhook(endpoint);

            rounds(Instant.now(), 5);

            List<Received> received = receiver.received();
            assertThat(received, hasSize(3));
            assertThat(received.stream().map(r -> r.header("webhook-id")).toList(),
                    everyItem(equalTo(deliveryId.toString())));
            for (Received request : received) {
                assertThat(WebhookReceiver.signedWith(endpoint.getString("secret"), request), is(true));
            }
            assertThat(received.stream().map(r -> r.header("webhook-timestamp")).distinct().count(), equalTo(3L));
            ConsumerRecord<String, String> delivered = events.awaitRecord(KafkaTestConsumer.withKey(deliveryId.toString()));
            assertThat(delivered.value(), containsString("\"type\":\"io.implementa.notification.NotificationDelivered\""));
            assertThat(delivered.value(), containsString("\"attempts\":3"));
        }
    }

    @Test
    void logsEveryAttemptOfADelivery() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500, 503, 204)) {
            UUID deliveryId = fixtures.queueWebhook(DeliveryFixtures.webhookRecipient(receiver.url()));

            rounds(Instant.now(), 5);

            given().when().get("/api/v1/deliveries/{id}", deliveryId)
                    .then().statusCode(200)
                    .body("delivery.id", equalTo(deliveryId.toString()))
                    .body("delivery.status", equalTo("DELIVERED"))
                    .body("delivery.channel", equalTo("WEBHOOK"))
                    .body("delivery.attemptCount", equalTo(3))
                    .body("delivery.lastStatusCode", equalTo(204))
                    .body("delivery.nextAttemptAt", nullValue())
                    .body("attempts.number", contains(1, 2, 3))
                    .body("attempts.outcome", contains("FAILED", "FAILED", "SUCCEEDED"))
                    .body("attempts.statusCode", contains(500, 503, 204))
                    .body("attempts[0].error", equalTo("the receiver answered 500"))
                    .body("body", containsString("io.implementa.test.Happened"));
        }
    }

    @Test
    void failsADeliveryAfterTheLastScheduledAttempt() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500);
                KafkaTestConsumer events = KafkaTestConsumer.fromEnd(NOTIFICATION_EVENTS)) {
            UUID deliveryId = fixtures.queueWebhook(DeliveryFixtures.webhookRecipient(receiver.url()));

            rounds(Instant.now(), 6);

            // The test schedule has three retries: four attempts in all.
            assertThat(receiver.received(), hasSize(4));
            given().when().get("/api/v1/deliveries/{id}", deliveryId)
                    .then().statusCode(200)
                    .body("delivery.status", equalTo("FAILED"))
                    .body("delivery.attemptCount", equalTo(4))
                    .body("delivery.lastError", equalTo("the receiver answered 500"));
            ConsumerRecord<String, String> failed = events.awaitRecord(KafkaTestConsumer.withKey(deliveryId.toString()));
            assertThat(failed.value(), containsString("\"type\":\"io.implementa.notification.DeliveryFailed\""));
            assertThat(failed.value(), containsString("\"lastStatusCode\":500"));
        }
    }

    @Test
    void disablesAnEndpointThatAnswersGone() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(410);
                KafkaTestConsumer events = KafkaTestConsumer.fromEnd(NOTIFICATION_EVENTS)) {
            JsonPath endpoint = DeliveryFixtures.webhookRecipient(receiver.url());
            UUID first = fixtures.queueWebhook(endpoint);

            rounds(Instant.now(), 3);
            UUID second = fixtures.queueWebhook(endpoint);
            rounds(Instant.now(), 3);

            assertThat(receiver.received(), hasSize(1));
            given().when().get("/api/v1/webhook-endpoints/{id}", endpoint.getString("id"))
                    .then().statusCode(200)
                    .body("active", equalTo(false))
                    .body("disabledReason", equalTo("the endpoint answered 410 Gone"));
            given().when().get("/api/v1/deliveries/{id}", first)
                    .then().body("delivery.status", equalTo("CANCELLED"));
            given().when().get("/api/v1/deliveries/{id}", second)
                    .then().body("delivery.status", equalTo("CANCELLED"))
                    .body("delivery.attemptCount", equalTo(0));
            ConsumerRecord<String, String> disabled = events.awaitRecord(
                    KafkaTestConsumer.withKey(endpoint.getString("id")));
            assertThat(disabled.value(),
                    containsString("\"type\":\"io.implementa.notification.WebhookEndpointDisabled\""));
        }
    }

    @Test
    void completesADeliveryLeftInFlightByAWorkerThatStopped() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            UUID deliveryId = fixtures.queueWebhook(DeliveryFixtures.webhookRecipient(receiver.url()));
            Instant crash = Instant.now();
            // A worker claims the delivery, then the process dies before it sends or records anything.
            QuarkusTransaction.requiringNew().run(() -> {
                Delivery delivery = Delivery.findById(deliveryId);
                delivery.claim(crash, Duration.ofSeconds(5)).persist();
            });

            worker.deliverDue(crash.plusSeconds(1));
            assertThat("the lease keeps other workers off", receiver.received(), hasSize(0));
            worker.deliverDue(crash.plusSeconds(6));

            assertThat(receiver.received(), hasSize(1));
            given().when().get("/api/v1/deliveries/{id}", deliveryId)
                    .then().statusCode(200)
                    .body("delivery.status", equalTo("DELIVERED"))
                    .body("attempts.outcome", contains("ABANDONED", "SUCCEEDED"))
                    .body("attempts[0].error", startsWith("the worker sending it stopped"));
        }
    }

    @Test
    void redeliversUnderTheSameWebhookId() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            UUID deliveryId = fixtures.queueWebhook(DeliveryFixtures.webhookRecipient(receiver.url()));
            rounds(Instant.now(), 1);

            given().when().post("/api/v1/deliveries/{id}/redelivery", deliveryId)
                    .then().statusCode(202)
                    .body("status", equalTo("PENDING"));
            rounds(Instant.now(), 1);

            assertThat(receiver.received().stream().map(r -> r.header("webhook-id")).toList(),
                    contains(deliveryId.toString(), deliveryId.toString()));
            given().when().get("/api/v1/deliveries/{id}", deliveryId)
                    .then().body("delivery.status", equalTo("DELIVERED"))
                    .body("attempts", hasSize(2));
        }
    }

    @Test
    void disablesAnEndpointFailingLongerThanTolerated() {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500);
                KafkaTestConsumer events = KafkaTestConsumer.fromEnd(NOTIFICATION_EVENTS)) {
            JsonPath endpoint = DeliveryFixtures.webhookRecipient(receiver.url());
            UUID deliveryId = fixtures.queueWebhook(endpoint);
            Instant start = Instant.now();

            worker.deliverDue(start);
            // The test tolerates an hour of continuous failure.
            worker.deliverDue(start.plus(Duration.ofMinutes(61)));

            assertThat(receiver.received(), hasSize(2));
            given().when().get("/api/v1/webhook-endpoints/{id}", endpoint.getString("id"))
                    .then().statusCode(200)
                    .body("active", equalTo(false))
                    .body("disabledReason", startsWith("every attempt failed since "));
            given().when().get("/api/v1/deliveries/{id}", deliveryId)
                    .then().body("delivery.status", equalTo("CANCELLED"))
                    .body("delivery.lastStatusCode", equalTo(500));
            ConsumerRecord<String, String> disabled = events.awaitRecord(
                    KafkaTestConsumer.withKey(endpoint.getString("id")));
            assertThat(disabled.value(), containsString("\"ownerSubject\":"));
        }
    }
}
