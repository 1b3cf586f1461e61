package io.implementa.notification.unsubscribe;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.implementa.notification.SmtpServer;
import io.implementa.notification.delivery.DeliveryWorker;
import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.notification.rule.LifecycleFeed;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The signed unsubscribe link of e-mails, followed without any token. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class UnsubscribeTest {

    static final String LINK = "http://localhost:8084/api/v1/unsubscribe/";

    @Inject
    ProjectServiceFeed projects;

    @Inject
    LifecycleFeed feed;

    @Inject
    DeliveryWorker worker;

    @Inject
    SmtpServer smtp;

    void awaitMail(String address, int count) {
        await().atMost(ProjectServiceFeed.WAIT).untilAsserted(() -> {
            worker.deliverDue(Instant.now());
            assertThat(smtp.receivedBy(address), hasSize(count));
        });
    }

    static String text(MimeMessage mail) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().toLowerCase().startsWith("text/plain")) {
                return parts.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("no text part");
    }

    @Test
    void theSignedLinkOfAnEmailStopsFurtherEmailsWithoutAToken() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        feed.publishProjectEvent(project, feed.phaseAdvanced(project));
        awaitMail(project.sponsor().email(), 1);
        MimeMessage mail = smtp.receivedBy(project.sponsor().email()).get(0);
        String header = mail.getHeader("List-Unsubscribe")[0];
        String token = header.substring(("<" + LINK).length(), header.length() - 1);
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0], equalTo("List-Unsubscribe=One-Click"));
        assertThat(text(mail), containsString("Unsubscribe: " + LINK + token));

        given().auth().none().when().get("/api/v1/unsubscribe/{token}", token)
                .then().statusCode(200).contentType("text/html")
                .body(containsString("Unsubscribe Sam Sponsor from Implementa e-mails?"))
                .body(containsString("<form method=\"post\">"));
        given().auth().none().when().post("/api/v1/unsubscribe/{token}", token)
                .then().statusCode(200)
                .body(containsString("Sam Sponsor is unsubscribed"));
        feed.publishProjectEvent(project, feed.closed(project));

        awaitMail(project.manager().email(), 2);
        worker.deliverDue(Instant.now());
        assertThat(smtp.receivedBy(project.sponsor().email()), hasSize(1));
    }

    @Test
    void showingTheLinkChangesNothing() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        feed.publishProjectEvent(project, feed.phaseAdvanced(project));
        awaitMail(project.manager().email(), 1);
        String header;
        try {
            header = smtp.receivedBy(project.manager().email()).get(0).getHeader("List-Unsubscribe")[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String token = header.substring(("<" + LINK).length(), header.length() - 1);

        given().auth().none().when().get("/api/v1/unsubscribe/{token}", token).then().statusCode(200);
        feed.publishProjectEvent(project, feed.closed(project));

        awaitMail(project.manager().email(), 2);
    }

    @Test
    void aTamperedLinkIsNotFound() {
        String token = java.util.UUID.randomUUID() + ".bm90LWEtc2lnbmF0dXJl";

        given().auth().none().when().post("/api/v1/unsubscribe/{token}", token)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPersonWhoUnsubscribedResubscribesThroughTheApiAndHearsAgain() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        feed.publishProjectEvent(project, feed.phaseAdvanced(project));
        awaitMail(project.sponsor().email(), 1);
        String header;
        try {
            header = smtp.receivedBy(project.sponsor().email()).get(0).getHeader("List-Unsubscribe")[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String token = header.substring(("<" + LINK).length(), header.length() - 1);
        given().auth().none().when().post("/api/v1/unsubscribe/{token}", token).then().statusCode(200);
        String sponsor = TestTokens.forUser(project.sponsor().subject());
        String id = given().auth().oauth2(sponsor).queryParam("q", project.sponsor().email())
                .when().get("/api/v1/recipients")
                .then().statusCode(200)
                .body("items[0].unsubscribedAt", notNullValue())
                .extract().path("items[0].id");

        given().auth().oauth2(sponsor).when().post("/api/v1/recipients/{id}/resubscribe", id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(id))
                .body("unsubscribedAt", nullValue());
        given().auth().oauth2(sponsor).when().get("/api/v1/recipients/{id}", id)
                .then().statusCode(200)
                .body("unsubscribedAt", nullValue());
        feed.publishProjectEvent(project, feed.closed(project));

        awaitMail(project.sponsor().email(), 2);
    }

    @Test
    void someoneElseCannotResubscribeAPerson() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        String id = given().queryParam("q", project.sponsor().email())
                .when().get("/api/v1/recipients")
                .then().statusCode(200)
                .extract().path("items[0].id");

        given().auth().oauth2(TestTokens.forUser(ProjectServiceFeed.newPerson("Ivo Intruder").subject()))
                .when().post("/api/v1/recipients/{id}/resubscribe", id)
                .then().statusCode(404);
    }
}
