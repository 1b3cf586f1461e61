package io.implementa.notification.digest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.implementa.notification.SmtpServer;
import io.implementa.notification.delivery.DeliveryWorker;
import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.notification.rule.RuleEventFeed;
import io.implementa.platform.people.PersonRef;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Digests and quiet hours, with the job and the worker run at chosen instants: what reaches the real SMTP server
 * and when.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class DigestsTest {

    @Inject
    ProjectServiceFeed projects;

    @Inject
    RuleEventFeed feed;

    @Inject
    DeliveryWorker worker;

    @Inject
    DigestJob digests;

    @Inject
    SmtpServer smtp;

    /** Registers the person as their own recipient with these extra fields; returns its id. */
    static String register(PersonRef person, String extra) {
        return given().contentType(ContentType.JSON).body("""
                {"kind":"PERSON","person":{"subject":"%s","email":"%s","name":"%s"},"preferredChannel":"EMAIL"%s}
                """.formatted(person.subject(), person.email(), person.name(), extra))
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .extract().path("id");
    }

    void dueSoon(TestProject project, PersonRef owner, String title) {
        feed.riskEvent(project.id(), UUID.randomUUID(), new RuleEventFeed.MitigationDueSoon(UUID.randomUUID(), title,
                UUID.randomUUID(), "R-1", "Risk", project.id(), project.key(), owner, null,
                LocalDate.of(2027, 2, 15), 3));
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
    void aDailyDigestGathersWhatTheRecipientChoseNotToGetAtOnce() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef owner = ProjectServiceFeed.newPerson("Dana Daily");
        String recipientId = register(owner, ",\"frequency\":\"DAILY_DIGEST\",\"timeZone\":\"Asia/Tokyo\"");
        dueSoon(project, owner, "First action");
        dueSoon(project, owner, "Second action");
        await().atMost(ProjectServiceFeed.WAIT).until(() -> QuarkusTransaction.requiringNew().call(
                () -> DigestItem.count("recipientId", UUID.fromString(recipientId))) == 2);
        worker.deliverDue(Instant.now());
        assertThat("nothing at once", smtp.receivedBy(owner.email()), empty());

        assertThat("not before the next digest moment", digests.sendDue(Instant.now()), is(0));
        Instant nextDay = Instant.now().plus(Duration.ofHours(25));
        assertThat(digests.sendDue(nextDay), is(1));
        assertThat("each item once", digests.sendDue(nextDay), is(0));
        await().atMost(ProjectServiceFeed.WAIT).untilAsserted(() -> {
            worker.deliverDue(Instant.now());
            assertThat(smtp.receivedBy(owner.email()), hasSize(1));
        });

        MimeMessage mail = smtp.receivedBy(owner.email()).get(0);
        assertThat(mail.getSubject(), equalTo("Your daily Implementa digest: 2 notifications"));
        String text = text(mail);
        assertThat(text, containsString("1. [" + project.key() + "] Mitigation action due 2027-02-15: First action"));
        assertThat(text, containsString("2. [" + project.key() + "] Mitigation action due 2027-02-15: Second action"));
        assertThat(text, containsString("Hello Dana Daily,"));
    }

    @Test
    void theDigestMomentIsTheConfiguredHourInTheRecipientsTimeZone() {
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        Instant morning = ZonedDateTime.of(2027, 3, 17, 9, 30, 0, 0, madrid).toInstant();

        assertThat(digests.lastMoment(morning, madrid, DigestCadence.DAILY),
                equalTo(ZonedDateTime.of(2027, 3, 17, 8, 0, 0, 0, madrid).toInstant()));
        assertThat(digests.lastMoment(morning.minus(Duration.ofHours(2)), madrid, DigestCadence.DAILY),
                equalTo(ZonedDateTime.of(2027, 3, 16, 8, 0, 0, 0, madrid).toInstant()));
        assertThat("Wednesday → that week's Monday", digests.lastMoment(morning, madrid, DigestCadence.WEEKLY),
                equalTo(ZonedDateTime.of(2027, 3, 15, 8, 0, 0, 0, madrid).toInstant()));
    }

    @Test
    void aDeliveryInTheRecipientsQuietHoursWaitsUntilTheyEnd() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef owner = ProjectServiceFeed.newPerson("Quinn Quiet");
        String recipientId = register(owner, ",\"timeZone\":\"America/New_York\"");
        ZonedDateTime local = Instant.now().atZone(ZoneId.of("America/New_York"));
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        String start = local.minusHours(1).format(hhmm);
        String end = local.plusHours(1).format(hhmm);
        given().auth().oauth2(TestTokens.forUser(owner.subject())).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"quietHoursStart\":\"%s\",\"quietHoursEnd\":\"%s\"}".formatted(start, end))
                .when().patch("/api/v1/recipients/{id}", recipientId)
                .then().statusCode(200)
                .body("quietHoursStart", startsWith(start))
                .body("quietHoursEnd", startsWith(end));

        dueSoon(project, owner, "Quiet action");
        await().atMost(ProjectServiceFeed.WAIT).untilAsserted(() -> given().queryParam("recipientId", recipientId)
                .when().get("/api/v1/deliveries")
                .then().statusCode(200).header("X-Total-Count", "1"));
        worker.deliverDue(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat("held in the window", smtp.receivedBy(owner.email()), empty());

        worker.deliverDue(Instant.now().plus(Duration.ofMinutes(61)));
        assertThat(smtp.receivedBy(owner.email()), hasSize(1));
    }

    @Test
    void refusesQuietHoursWithoutAnEnd() {
        PersonRef owner = ProjectServiceFeed.newPerson("Hal Half");
        String recipientId = register(owner, "");

        given().auth().oauth2(TestTokens.forUser(owner.subject())).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body("{\"quietHoursStart\":\"22:00\"}")
                .when().patch("/api/v1/recipients/{id}", recipientId)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("quietHoursEnd"));
    }
}
