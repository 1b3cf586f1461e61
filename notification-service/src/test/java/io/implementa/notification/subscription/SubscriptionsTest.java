package io.implementa.notification.subscription;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.implementa.notification.SmtpServer;
import io.implementa.notification.delivery.DeliveryWorker;
import io.implementa.notification.digest.DigestItem;
import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.notification.rule.RuleEventFeed;
import io.implementa.platform.people.PersonRef;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rules switched off per project, and explicit subscriptions: what reaches the real SMTP server, and what is held
 * for a digest.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class SubscriptionsTest {

    @Inject
    ProjectServiceFeed projects;

    @Inject
    RuleEventFeed feed;

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

    /** Registers the person as their own recipient; returns its id. */
    static String registerSelf(PersonRef person) {
        return given().auth().oauth2(TestTokens.forUser(person.subject())).contentType(ContentType.JSON).body("""
                {"kind":"PERSON","person":{"subject":"%s","email":"%s","name":"%s"},"preferredChannel":"EMAIL"}
                """.formatted(person.subject(), person.email(), person.name()))
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String subscribe(PersonRef person, String body) {
        return given().auth().oauth2(TestTokens.forUser(person.subject())).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .extract().path("id");
    }

    RuleEventFeed.RiskEscalated escalation(TestProject project, String title) {
        return new RuleEventFeed.RiskEscalated(UUID.randomUUID(), "R-9", project.id(), project.key(), title,
                "TECHNICAL", "ASSESSED", 20, "CRITICAL", 15, ProjectServiceFeed.newPerson("Olga Owner"),
                project.manager(), Instant.now());
    }

    RuleEventFeed.MilestoneMoved moved(TestProject project) {
        return new RuleEventFeed.MilestoneMoved(project.id(), project.key(), UUID.randomUUID(), "Go-live",
                LocalDate.of(2027, 11, 26), LocalDate.of(2027, 12, 1), null, false, project.manager());
    }

    @Test
    void aRuleSwitchedOffByTheManagerTellsNobodyAboutTheProjectsEvents() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        projects.addMember(project, project.manager(), "MANAGER");

        given().auth().oauth2(TestTokens.forUser(project.manager().subject())).contentType(ContentType.JSON)
                .body("{\"enabled\":false}")
                .when().put("/api/v1/projects/{projectId}/rules/MILESTONE_MOVED", project.id())
                .then().statusCode(200)
                .body("rule", equalTo("MILESTONE_MOVED"))
                .body("enabled", is(false))
                .body("changedBy", equalTo(project.manager().subject()));
        int partition = feed.projectEvent(project, UUID.randomUUID(), moved(project));
        projects.awaitApplied(partition);
        worker.deliverDue(Instant.now());

        assertThat(smtp.receivedBy(project.sponsor().email()), empty());
        assertThat(smtp.receivedBy(project.manager().email()), empty());
        given().queryParam("projectId", project.id())
                .when().get("/api/v1/projects/{projectId}/rules", project.id())
                .then().statusCode(200)
                .body("findAll { it.rule == 'MILESTONE_MOVED' }.enabled", contains(false))
                .body("findAll { it.rule == 'MILESTONE_MISSED' }.enabled", contains(true));
    }

    @Test
    void aRuleSwitchedBackOnTellsAgain() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        for (boolean enabled : List.of(false, true)) {
            given().contentType(ContentType.JSON).body("{\"enabled\":" + enabled + "}")
                    .when().put("/api/v1/projects/{projectId}/rules/MILESTONE_MOVED", project.id())
                    .then().statusCode(200).body("enabled", is(enabled));
        }

        feed.projectEvent(project, UUID.randomUUID(), moved(project));

        awaitMail(project.sponsor().email(), 1);
    }

    @Test
    void aSubscriberHearsTheMatchingEventsOfTheProjectsTheyMayRead() {
        TestProject readable = projects.announce(ProjectServiceFeed.newProject());
        TestProject other = projects.announce(ProjectServiceFeed.newProject());
        PersonRef pmo = projects.addMember(readable, ProjectServiceFeed.newPerson("Pia Pmo"), "VIEWER");
        String recipientId = registerSelf(pmo);
        subscribe(pmo, """
                {"recipientId":"%s","eventTypes":["io.implementa.risk.*"],"minimumSeverity":"WARNING"}
                """.formatted(recipientId));

        feed.riskEvent(other.id(), UUID.randomUUID(), escalation(other, "Not for Pia"));
        feed.riskEvent(readable.id(), UUID.randomUUID(), new RuleEventFeed.MitigationDueSoon(UUID.randomUUID(),
                "Too minor", UUID.randomUUID(), "R-9", "Risk", readable.id(), readable.key(),
                ProjectServiceFeed.newPerson("Ada Actor"), null, LocalDate.of(2027, 2, 15), 3));
        feed.riskEvent(readable.id(), UUID.randomUUID(), escalation(readable, "For Pia"));

        awaitMail(pmo.email(), 1);
        awaitMail(other.manager().email(), 1);
        assertThat(smtp.receivedBy(pmo.email()).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList(), contains("[" + readable.key() + "] Risk escalated R-9: For Pia"));
    }

    @Test
    void aDigestSubscriptionHoldsTheEventForTheDigestInsteadOfSendingIt() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef pmo = projects.addMember(project, ProjectServiceFeed.newPerson("Dora Digest"), "VIEWER");
        String recipientId = registerSelf(pmo);
        subscribe(pmo, """
                {"recipientId":"%s","eventTypes":["*"],"projectId":"%s","delivery":"WEEKLY_DIGEST"}
                """.formatted(recipientId, project.id()));

        feed.riskEvent(project.id(), UUID.randomUUID(), escalation(project, "Weekly news"));

        awaitMail(project.manager().email(), 1);
        assertThat(smtp.receivedBy(pmo.email()), empty());
        List<DigestItem> held = DigestItem.list("recipientId", UUID.fromString(recipientId));
        assertThat(held, hasSize(1));
        assertThat(held.get(0).subject, equalTo("[" + project.key() + "] Risk escalated R-9: Weekly news"));
        assertThat(held.get(0).cadence.name(), equalTo("WEEKLY"));
    }

    @Test
    void refusesASubscriptionToAProjectTheCallerMayNotRead() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef outsider = ProjectServiceFeed.newPerson("Otto Outsider");
        String recipientId = registerSelf(outsider);

        given().auth().oauth2(TestTokens.forUser(outsider.subject())).contentType(ContentType.JSON).body("""
                {"recipientId":"%s","eventTypes":["*"],"projectId":"%s"}
                """.formatted(recipientId, project.id()))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(404)
                .body("detail", equalTo("project " + project.id() + " was not found"));
    }

    @Test
    void refusesASubscriptionThroughSomeoneElsesRecipient() {
        PersonRef owner = ProjectServiceFeed.newPerson("Rosa Recipient");
        String recipientId = registerSelf(owner);
        PersonRef other = ProjectServiceFeed.newPerson("Ivan Intruder");

        given().auth().oauth2(TestTokens.forUser(other.subject())).contentType(ContentType.JSON).body("""
                {"recipientId":"%s","eventTypes":["*"]}
                """.formatted(recipientId))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(404);
    }

    @Test
    void refusesAMalformedEventTypePattern() {
        PersonRef owner = ProjectServiceFeed.newPerson("Pat Pattern");
        String recipientId = registerSelf(owner);

        given().auth().oauth2(TestTokens.forUser(owner.subject())).contentType(ContentType.JSON).body("""
                {"recipientId":"%s","eventTypes":["io.implementa.*.Risk*"]}
                """.formatted(recipientId))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(422)
                .body("errors[0].message", equalTo("must be an event type, a prefix ending in .* or *"));
    }

    @Test
    void listsOnlyTheCallersOwnSubscriptions() {
        PersonRef owner = ProjectServiceFeed.newPerson("Lena List");
        String id = subscribe(owner, """
                {"recipientId":"%s","eventTypes":["io.implementa.project.MilestoneMissed"]}
                """.formatted(registerSelf(owner)));
        PersonRef other = ProjectServiceFeed.newPerson("Olaf Other");

        given().auth().oauth2(TestTokens.forUser(owner.subject()))
                .when().get("/api/v1/subscriptions")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.id", contains(id))
                .body("items[0].channel", equalTo("EMAIL"))
                .body("items[0].minimumSeverity", equalTo("INFO"))
                .body("items[0].delivery", equalTo("IMMEDIATE"));
        given().auth().oauth2(TestTokens.forUser(other.subject()))
                .when().get("/api/v1/subscriptions/{id}", id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser(other.subject()))
                .when().delete("/api/v1/subscriptions/{id}", id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser(owner.subject()))
                .when().delete("/api/v1/subscriptions/{id}", id)
                .then().statusCode(204);
    }

    @Test
    void aSubscriptionChangedWithItsETagKeepsTheNewSettings() {
        PersonRef owner = ProjectServiceFeed.newPerson("Petra Patch");
        String recipientId = registerSelf(owner);
        String id = subscribe(owner, """
                {"recipientId":"%s","eventTypes":["io.implementa.risk.*"]}
                """.formatted(recipientId));

        given().auth().oauth2(TestTokens.forUser(owner.subject())).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body("""
                {"eventTypes":["io.implementa.project.MilestoneMissed"],"minimumSeverity":"WARNING",
                 "delivery":"DAILY_DIGEST"}
                """)
                .when().patch("/api/v1/subscriptions/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("eventTypes", contains("io.implementa.project.MilestoneMissed"))
                .body("minimumSeverity", equalTo("WARNING"))
                .body("delivery", equalTo("DAILY_DIGEST"))
                .body("recipientId", equalTo(recipientId))
                .body("version", is(1));
        given().auth().oauth2(TestTokens.forUser(owner.subject()))
                .when().get("/api/v1/subscriptions/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("eventTypes", contains("io.implementa.project.MilestoneMissed"))
                .body("minimumSeverity", equalTo("WARNING"))
                .body("delivery", equalTo("DAILY_DIGEST"));
    }

    @Test
    void refusesASubscriptionChangeWithoutIfMatch() {
        PersonRef owner = ProjectServiceFeed.newPerson("Nora NoMatch");
        String id = subscribe(owner, """
                {"recipientId":"%s","eventTypes":["*"]}
                """.formatted(registerSelf(owner)));

        given().auth().oauth2(TestTokens.forUser(owner.subject())).contentType(ContentType.JSON)
                .body("{\"minimumSeverity\":\"CRITICAL\"}")
                .when().patch("/api/v1/subscriptions/{id}", id)
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.forUser(owner.subject()))
                .when().get("/api/v1/subscriptions/{id}", id)
                .then().statusCode(200)
                .body("minimumSeverity", equalTo("INFO"))
                .body("version", is(0));
    }

    @Test
    void refusesASubscriptionChangeWithAStaleETag() {
        PersonRef owner = ProjectServiceFeed.newPerson("Stella Stale");
        String id = subscribe(owner, """
                {"recipientId":"%s","eventTypes":["*"]}
                """.formatted(registerSelf(owner)));

        given().auth().oauth2(TestTokens.forUser(owner.subject())).contentType(ContentType.JSON)
                .header("If-Match", "\"7\"").body("{\"delivery\":\"WEEKLY_DIGEST\"}")
                .when().patch("/api/v1/subscriptions/{id}", id)
                .then().statusCode(412);
        given().auth().oauth2(TestTokens.forUser(owner.subject()))
                .when().get("/api/v1/subscriptions/{id}", id)
                .then().statusCode(200)
                .body("delivery", equalTo("IMMEDIATE"));
    }

    @Test
    void refusesMovingASubscriptionToAProjectTheOwnerMayNotRead() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef owner = ProjectServiceFeed.newPerson("Mona Move");
        String id = subscribe(owner, """
                {"recipientId":"%s","eventTypes":["*"]}
                """.formatted(registerSelf(owner)));

        given().auth().oauth2(TestTokens.forUser(owner.subject())).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body("{\"projectId\":\"%s\"}".formatted(project.id()))
                .when().patch("/api/v1/subscriptions/{id}", id)
                .then().statusCode(404)
                .body("detail", equalTo("project " + project.id() + " was not found"));
    }

    @Test
    void someoneElsesSubscriptionCannotBeChanged() {
        PersonRef owner = ProjectServiceFeed.newPerson("Olive Owner");
        String id = subscribe(owner, """
                {"recipientId":"%s","eventTypes":["*"]}
                """.formatted(registerSelf(owner)));
        PersonRef other = ProjectServiceFeed.newPerson("Ian Intruder");

        given().auth().oauth2(TestTokens.forUser(other.subject())).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body("{\"delivery\":\"WEEKLY_DIGEST\"}")
                .when().patch("/api/v1/subscriptions/{id}", id)
                .then().statusCode(404);
    }
}
