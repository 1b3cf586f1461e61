package io.implementa.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.implementa.notification.SmtpServer;
import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.platform.people.PersonRef;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The owner of an endpoint the worker disables is told by e-mail, at the real SMTP server. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class DisabledEndpointOwnerTest {

    @Inject
    DeliveryWorker worker;

    @Inject
    DeliveryFixtures fixtures;

    @Inject
    SmtpServer smtp;

    @Test
    void emailsTheOwnerOfAnEndpointDisabledAfter410() throws Exception {
        PersonRef owner = ProjectServiceFeed.newPerson("Ines Integrator");
        String token = TestTokens.forUser(owner.subject());
        given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"kind":"PERSON","person":{"subject":"%s","email":"%s","name":"%s"},"preferredChannel":"EMAIL"}
                """.formatted(owner.subject(), owner.email(), owner.name()))
                .when().post("/api/v1/recipients").then().statusCode(201);
        String integration = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"kind":"INTEGRATION_ENDPOINT","displayName":"ITSM","preferredChannel":"WEBHOOK",
                 "channelAddress":"https://itsm.example.com/hooks"}
                """).when().post("/api/v1/recipients").then().statusCode(201).extract().path("id");
        try (WebhookReceiver receiver = WebhookReceiver.answering(410)) {
            JsonPath endpoint = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                    {"recipientId":"%s","url":"%s","description":"ITSM"}
                    """.formatted(integration, receiver.url()))
                    .when().post("/api/v1/webhook-endpoints").then().statusCode(201).extract().jsonPath();
            fixtures.queueWebhook(endpoint);

            worker.deliverDue(Instant.now().plusSeconds(1));
            assertThat(receiver.received(), hasSize(1));
            given().when().get("/api/v1/webhook-endpoints/{id}", endpoint.getString("id"))
                    .then().statusCode(200).body("active", equalTo(false));
            await().atMost(ProjectServiceFeed.WAIT).untilAsserted(() -> {
                worker.deliverDue(Instant.now().plusSeconds(2));
                assertThat(smtp.receivedBy(owner.email()), hasSize(1));
            });
            MimeMessage mail = smtp.receivedBy(owner.email()).get(0);
            assertThat(mail.getSubject(), equalTo("Webhook endpoint disabled: " + receiver.url()));
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            assertThat(parts.getBodyPart(0).getContent().toString(),
                    containsString("(ITSM) you registered: the endpoint answered 410 Gone."));
        }
    }
}
