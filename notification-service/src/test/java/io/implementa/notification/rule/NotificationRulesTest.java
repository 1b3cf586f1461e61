package io.implementa.notification.rule;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.implementa.notification.SmtpServer;
import io.implementa.notification.delivery.DeliveryWorker;
import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.platform.people.PersonRef;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules end to end: events published to the real broker become e-mails received by a real SMTP
 * server in the test JVM, once per recipient and channel.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class NotificationRulesTest {

    @Inject
    ProjectServiceFeed projects;

    @Inject
    LifecycleFeed feed;

    @Inject
    DeliveryWorker worker;

    @Inject
    SmtpServer smtp;

    /** Runs the worker until the address has received the expected number of messages. */
    List<MimeMessage> awaitMail(String address, int count) {
        await().atMost(ProjectServiceFeed.WAIT).untilAsserted(() -> {
            worker.deliverDue(Instant.now());
            assertThat(smtp.receivedBy(address), hasSize(count));
        });
        return smtp.receivedBy(address);
    }

    static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            types.add(part.getContentType());
            if (part.getContentType().toLowerCase().startsWith(type)) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part among " + types);
    }

    @Test
    void emailsTheSponsorAndManagerWhenAProjectCloses() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());

        feed.publishProjectEvent(project, feed.closed(project));

        for (PersonRef person : List.of(project.sponsor(), project.manager())) {
            MimeMessage mail = awaitMail(person.email(), 1).get(0);
            assertThat(mail.getSubject(), equalTo("[" + project.key() + "] " + project.name() + " is closed"));
            assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList(),
                    contains(person.email()));
            assertThat(Arrays.stream(mail.getFrom()).map(Object::toString).toList(),
                    contains("implementa-test@example.com"));
            assertThat(part(mail, "text/plain"), containsString("Hello " + person.name() + ","));
            assertThat(part(mail, "text/plain"), containsString(project.name() + " (" + project.key()
                    + ") is closed: " + project.manager().name() + " passed its closure gate."));
            assertThat(part(mail, "text/html"), containsString("<strong>" + project.name() + "</strong>"));
            assertThat(mail.getHeader("List-Unsubscribe")[0], startsWith("<http://localhost:8084/api/v1/unsubscribe/"));
        }
    }

    @Test
    void emailsThePhaseAProjectMovedTo() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());

        feed.publishProjectEvent(project, feed.phaseAdvanced(project));

        MimeMessage mail = awaitMail(project.sponsor().email(), 1).get(0);
        assertThat(mail.getSubject(), equalTo("[" + project.key() + "] " + project.name()
                + " moved from INITIATION to PLANNING"));
        assertThat(part(mail, "text/plain"), containsString("it is now ACTIVE"));
    }

    @Test
    void emailsTheOwnerOfANewRisk() throws Exception {
        PersonRef owner = ProjectServiceFeed.newPerson("Rita Risk");
        given().contentType(ContentType.JSON).body("""
                {"kind":"PERSON","person":{"subject":"%s","email":"%s","name":"%s"},"preferredChannel":"EMAIL"}
                """.formatted(owner.subject(), owner.email(), owner.name()))
                .when().post("/api/v1/recipients").then().statusCode(201);
        UUID projectId = UUID.randomUUID();

        feed.publish(LifecycleFeed.RISK_TOPIC, projectId, feed.riskIdentified(projectId, "ERP", owner,
                "Legacy data <unclean>"));

        MimeMessage mail = awaitMail(owner.email(), 1).get(0);
        assertThat(mail.getSubject(), equalTo("[ERP] New risk R-7: Legacy data <unclean>"));
        assertThat(part(mail, "text/plain"), containsString("Category TECHNICAL, probability 4, impact 5, score 20."));
        assertThat("HTML is escaped", part(mail, "text/html"), containsString("Legacy data &lt;unclean&gt;"));
    }

    @Test
    void notifiesOncePerRecipientWhenAnEventArrivesTwice() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        byte[] closed = feed.closed(project);

        feed.publishProjectEvent(project, closed);
        int partition = feed.publishProjectEvent(project, closed);
        projects.awaitApplied(partition);
        awaitMail(project.sponsor().email(), 1);
        worker.deliverDue(Instant.now());

        assertThat(smtp.receivedBy(project.sponsor().email()), hasSize(1));
        assertThat(smtp.receivedBy(project.manager().email()), hasSize(1));
        given().queryParam("projectId", project.id())
                .when().get("/api/v1/deliveries")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.eventType", everyItem(equalTo("io.implementa.project.ProjectClosed")))
                .body("items.channel", everyItem(equalTo("EMAIL")))
                .body("items.status", everyItem(equalTo("DELIVERED")))
                .body("items.address", containsInAnyOrder(project.sponsor().email(), project.manager().email()));
    }
}
