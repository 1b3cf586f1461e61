package io.implementa.notification.template;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.implementa.notification.SmtpServer;
import io.implementa.notification.delivery.DeliveryWorker;
import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.notification.rule.RuleEventFeed;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Template overrides: checked against a sample event on save, then used for the next notifications. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class TemplatesTest {

    static final String TEMPLATE = "/api/v1/templates/{eventType}/{channel}";
    static final String MISSED = "io.implementa.project.MilestoneMissed";

    @Inject
    ProjectServiceFeed projects;

    @Inject
    RuleEventFeed feed;

    @Inject
    DeliveryWorker worker;

    @Inject
    SmtpServer smtp;

    static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().toLowerCase().startsWith(type)) {
                return parts.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void emailsWithTheSavedOverrideAndTheBuiltInHtmlPart() throws Exception {
        given().contentType(ContentType.JSON).body("""
                {"subject":"[{projectKey}] MISSED: {e.name}","text":"Dear {recipientName}, {e.name} was due {e.date}."}
                """)
                .when().put(TEMPLATE, MISSED, "EMAIL")
                .then().statusCode(200)
                .header("ETag", startsWith("\""))
                .body("source", equalTo("OVERRIDE"))
                .body("html", nullValue());
        try {
            TestProject project = projects.announce(ProjectServiceFeed.newProject());
            feed.projectEvent(project, UUID.randomUUID(), new RuleEventFeed.MilestoneMissed(project.id(),
                    project.key(), UUID.randomUUID(), "Go-live", LocalDate.of(2027, 11, 26), null, null, null));

            await().atMost(ProjectServiceFeed.WAIT).untilAsserted(() -> {
                worker.deliverDue(Instant.now());
                assertThat(smtp.receivedBy(project.manager().email()), hasSize(1));
            });
            MimeMessage mail = smtp.receivedBy(project.manager().email()).get(0);
            assertThat(mail.getSubject(), equalTo("[" + project.key() + "] MISSED: Go-live"));
            assertThat(part(mail, "text/plain"),
                    containsString("Dear Mia Manager, Go-live was due 2027-11-26."));
            assertThat(part(mail, "text/html"), containsString("<strong>Go-live</strong>"));
        } finally {
            given().when().delete(TEMPLATE, MISSED, "EMAIL").then().statusCode(204);
        }
    }

    @Test
    void refusesATemplateNamingWhatTheEventDoesNotHave() {
        given().contentType(ContentType.JSON).body("""
                {"subject":"{e.name}","text":"Due {e.dueDateOfNothing}"}
                """)
                .when().put(TEMPLATE, MISSED, "SLACK")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("text"))
                .body("errors[0].message", startsWith("does not render against a sample event: "))
                .body("errors[0].message", containsString("dueDateOfNothing"));
        given().when().get(TEMPLATE, MISSED, "SLACK")
                .then().statusCode(200)
                .body("source", equalTo("BUILT_IN"));
    }

    @Test
    void refusesATemplateThatDoesNotParse() {
        given().contentType(ContentType.JSON).body("""
                {"subject":"{#if e.deadline}late","text":"fine"}
                """)
                .when().put(TEMPLATE, MISSED, "TEAMS")
                .then().statusCode(422)
                .body("errors.field", contains("subject"));
    }

    @Test
    void readsTheBuiltInTemplatesWhenNoneWasSaved() {
        given().when().get(TEMPLATE, "io.implementa.risk.RiskReviewDue", "EMAIL")
                .then().statusCode(200)
                .body("source", equalTo("BUILT_IN"))
                .body("subject", startsWith("[{projectKey}] Risk review due:"))
                .body("html", startsWith("<html>"))
                .body("version", equalTo(0));
    }

    @Test
    void refusesATemplateForAnEventTypeWithoutRule() {
        given().when().get(TEMPLATE, "io.implementa.project.Nothing", "EMAIL")
                .then().statusCode(404);
    }

    @Test
    void refusesTemplatesForWebhooks() {
        given().when().get(TEMPLATE, MISSED, "WEBHOOK")
                .then().statusCode(422)
                .body("errors.field", contains("channel"));
    }

    @Test
    void onlyAdminsSaveTemplates() {
        given().auth().oauth2(TestTokens.forUser("sub-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"subject\":\"x\",\"text\":\"y\"}")
                .when().put(TEMPLATE, MISSED, "EMAIL")
                .then().statusCode(403);
    }
}
