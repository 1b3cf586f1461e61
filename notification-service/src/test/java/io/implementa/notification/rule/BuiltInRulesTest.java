package io.implementa.notification.rule;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.implementa.notification.SmtpServer;
import io.implementa.notification.delivery.DeliveryWorker;
import io.implementa.notification.delivery.WebhookReceiver;
import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.notification.rule.RuleEventFeed.AffectedProject;
import io.implementa.notification.rule.RuleEventFeed.Health;
import io.implementa.notification.rule.RuleEventFeed.StakeholderAdded;
import io.implementa.platform.people.PersonRef;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules for status reports, escalations, over-allocations, milestones, budgets, mitigation actions
 * and reviews: events published to the real broker as their producers' contracts describe them, e-mails asserted
 * at the real SMTP server in the test JVM.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class BuiltInRulesTest {

    @Inject
    ProjectServiceFeed projects;

    @Inject
    RuleEventFeed feed;

    @Inject
    DeliveryWorker worker;

    @Inject
    SmtpServer smtp;

    MimeMessage awaitMail(String address) {
        await().atMost(ProjectServiceFeed.WAIT).untilAsserted(() -> {
            worker.deliverDue(Instant.now());
            assertThat(smtp.receivedBy(address), hasSize(1));
        });
        return smtp.receivedBy(address).get(0);
    }

    /** Nothing for the address: the rule stores every notification of an event in one transaction. */
    void assertNoMail(String address) {
        worker.deliverDue(Instant.now());
        assertThat(smtp.receivedBy(address), empty());
    }

    static PersonRef person(String name) {
        return ProjectServiceFeed.newPerson(name);
    }

    @Test
    void emailsAPublishedStatusReportToTheStakeholdersWhoAskedForIt() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef carmen = person("Carmen Ruiz");
        PersonRef jonas = person("Jonas Berg");
        PersonRef nadia = person("Nadia Never");
        feed.addStakeholder(projects, project, RuleEventFeed.stakeholder(project, carmen, null, "CONSULTED",
                "IMMEDIATE", List.of("STATUS_REPORTS")));
        feed.addStakeholder(projects, project, RuleEventFeed.stakeholder(project, jonas, null, "INFORMED",
                "IMMEDIATE", List.of("MILESTONES")));
        feed.addStakeholder(projects, project, RuleEventFeed.stakeholder(project, nadia, null, "INFORMED", "NONE",
                List.of("STATUS_REPORTS")));

        UUID reportId = UUID.randomUUID();
        feed.projectEvent(project, reportId, new RuleEventFeed.StatusReportPublished(project.id(), project.key(),
                project.name(), reportId, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14), "Build on track",
                "Data migration rehearsal done", "Cut-over plan", null, "Approve the go-live date",
                new Health("GREEN", "AMBER", "GREEN", "AMBER", "GREEN", "AMBER"), project.manager(), Instant.now()));

        MimeMessage mail = awaitMail(carmen.email());
        assertThat(mail.getSubject(), equalTo("[" + project.key() + "] Status report 2027-03-01 – 2027-03-14: AMBER"));
        String text = NotificationRulesTest.part(mail, "text/plain");
        assertThat(text, containsString("Hello Carmen Ruiz,"));
        assertThat(text, containsString("Overall health: AMBER (schedule GREEN, cost AMBER"));
        assertThat(text, containsString("Decisions needed: Approve the go-live date"));
        assertThat(NotificationRulesTest.part(mail, "text/html"), containsString("<strong>Summary</strong><br>Build on track"));
        assertNoMail(jonas.email());
        assertNoMail(nadia.email());
        assertNoMail(project.sponsor().email());
    }

    @Test
    void reachesAStakeholderWhoIsAMemberThroughTheirOwnRecipient() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef member = person("Mara Member");
        String ownAddress = "mara.inbox." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        given().contentType(ContentType.JSON).body("""
                {"kind":"PERSON","person":{"subject":"%s","email":"%s","name":"%s"},"preferredChannel":"EMAIL",
                 "channelAddress":"%s"}
                """.formatted(member.subject(), member.email(), member.name(), ownAddress))
                .when().post("/api/v1/recipients").then().statusCode(201);
        feed.addStakeholder(projects, project, RuleEventFeed.stakeholder(project, member, member.subject(),
                "INFORMED", "IMMEDIATE", List.of("STATUS_REPORTS")));

        UUID reportId = UUID.randomUUID();
        feed.projectEvent(project, reportId, new RuleEventFeed.StatusReportPublished(project.id(), project.key(),
                project.name(), reportId, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14), null, null, null, null,
                null, new Health("GREEN", "GREEN", "GREEN", "GREEN", "GREEN", "GREEN"), project.manager(),
                Instant.now()));

        MimeMessage mail = awaitMail(ownAddress);
        assertThat(mail.getSubject(), containsString(": GREEN"));
        assertNoMail(member.email());
    }

    @Test
    void postsAStatusReportSignedToTheWebhookOfAMemberStakeholderWhoChoseOne() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef member = person("Ines Itsm");
        String recipientId = given().contentType(ContentType.JSON).body("""
                {"kind":"PERSON","person":{"subject":"%s","email":"%s","name":"%s"},"preferredChannel":"WEBHOOK",
                 "channelAddress":"https://itsm.example.com/hooks/implementa"}
                """.formatted(member.subject(), member.email(), member.name()))
                .when().post("/api/v1/recipients").then().statusCode(201)
                .body("preferredChannel", equalTo("WEBHOOK"))
                .extract().path("id");
        try (WebhookReceiver receiver = WebhookReceiver.answering(204)) {
            String secret = given().contentType(ContentType.JSON)
                    .body("{\"recipientId\":\"%s\",\"url\":\"%s\"}".formatted(recipientId, receiver.url()))
                    .when().post("/api/v1/webhook-endpoints").then().statusCode(201).extract().path("secret");
            feed.addStakeholder(projects, project, RuleEventFeed.stakeholder(project, member, member.subject(),
                    "INFORMED", "IMMEDIATE", List.of("STATUS_REPORTS")));

            UUID reportId = UUID.randomUUID();
            feed.projectEvent(project, reportId, new RuleEventFeed.StatusReportPublished(project.id(),
                    project.key(), project.name(), reportId, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14),
                    "Build on track", null, null, null, null,
                    new Health("GREEN", "GREEN", "GREEN", "GREEN", "GREEN", "GREEN"), project.manager(),
                    Instant.now()));

            await().atMost(ProjectServiceFeed.WAIT).untilAsserted(() -> {
                worker.deliverDue(Instant.now());
                assertThat(receiver.received(), hasSize(1));
            });
            WebhookReceiver.Received request = receiver.received().get(0);
            assertThat(WebhookReceiver.signedWith(secret, request), equalTo(true));
            assertThat(request.body(), containsString("\"type\":\"io.implementa.project.StatusReportPublished\""));
            assertThat(request.body(), containsString(reportId.toString()));
            assertNoMail(member.email());
        }
    }

    @Test
    void emailsAnEscalatedRiskToItsOwnerTheManagerAndAccountableStakeholders() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef owner = person("Priya Raman");
        PersonRef accountable = person("Alba Accountable");
        PersonRef consulted = person("Conrad Consulted");
        feed.addStakeholder(projects, project, RuleEventFeed.stakeholder(project, accountable, null, "ACCOUNTABLE",
                "IMMEDIATE", List.of("STATUS_REPORTS")));
        feed.addStakeholder(projects, project, RuleEventFeed.stakeholder(project, consulted, null, "CONSULTED",
                "IMMEDIATE", List.of("STATUS_REPORTS")));

        UUID riskId = UUID.randomUUID();
        feed.riskEvent(project.id(), riskId, new RuleEventFeed.RiskEscalated(riskId, "R-001", project.id(),
                project.key(), "Legacy data fails validation", "DATA_MIGRATION", "ASSESSED", 20, "CRITICAL", 15, owner,
                project.manager(), Instant.now()));

        for (PersonRef person : List.of(owner, project.manager(), accountable)) {
            MimeMessage mail = awaitMail(person.email());
            assertThat(mail.getSubject(), equalTo("[" + project.key() + "] Risk escalated R-001: Legacy data fails "
                    + "validation"));
            assertThat(NotificationRulesTest.part(mail, "text/plain"), containsString("Score 20, level CRITICAL. "
                    + "Owner: Priya Raman; project manager: " + project.manager().name() + "."));
        }
        assertNoMail(consulted.email());
        assertNoMail(project.sponsor().email());
    }

    @Test
    void emailsAnOverAllocationToTheResourceManagerAndTheAffectedProjectsManagers() throws Exception {
        TestProject first = projects.announce(ProjectServiceFeed.newProject());
        TestProject second = projects.announce(ProjectServiceFeed.newProject());
        PersonRef resourceManager = person("Tomas Ruiz");
        UUID resourceId = UUID.randomUUID();
        UUID episodeId = UUID.randomUUID();

        feed.resourceEvent(resourceId, episodeId, new RuleEventFeed.OverAllocationDetected(episodeId, resourceId,
                "Priya Raman", person("Priya Raman"), resourceManager, LocalDate.of(2027, 3, 15),
                LocalDate.of(2027, 3, 31), List.of(new AffectedProject(first.id(), false),
                        new AffectedProject(second.id(), true)), List.of()));

        for (PersonRef person : List.of(resourceManager, first.manager(), second.manager())) {
            MimeMessage mail = awaitMail(person.email());
            assertThat(mail.getSubject(), equalTo("Over-allocation: Priya Raman from 2027-03-15 to 2027-03-31"));
            String text = NotificationRulesTest.part(mail, "text/plain");
            assertThat(text, containsString("- " + first.name() + " (" + first.key() + ")"));
            assertThat(text, containsString("- " + second.name() + " (" + second.key() + ")"));
        }
        assertNoMail(first.sponsor().email());
    }

    @Test
    void emailsAMissedMilestoneToTheSponsorAndManager() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        UUID taskId = UUID.randomUUID();

        feed.projectEvent(project, taskId, new RuleEventFeed.MilestoneMissed(project.id(), project.key(), taskId,
                "Go-live", LocalDate.of(2027, 11, 26), LocalDate.of(2027, 11, 30), project.manager(),
                project.sponsor()));

        for (PersonRef person : List.of(project.sponsor(), project.manager())) {
            MimeMessage mail = awaitMail(person.email());
            assertThat(mail.getSubject(), equalTo("[" + project.key() + "] Milestone missed: Go-live"));
            assertThat(NotificationRulesTest.part(mail, "text/plain"), containsString("was due on 2027-11-26 and is "
                    + "not done. Its deadline is 2027-11-30."));
        }
    }

    @Test
    void emailsAMovedMilestoneToTheSponsorManagerAndStakeholdersFollowingMilestones() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef follower = person("Mila Stone");
        feed.addStakeholder(projects, project, RuleEventFeed.stakeholder(project, follower, null, "INFORMED",
                "IMMEDIATE", List.of("MILESTONES")));
        UUID taskId = UUID.randomUUID();

        feed.projectEvent(project, taskId, new RuleEventFeed.MilestoneMoved(project.id(), project.key(), taskId,
                "Go-live", LocalDate.of(2027, 11, 26), LocalDate.of(2027, 12, 1), null, true, project.manager()));

        for (PersonRef person : List.of(project.sponsor(), project.manager(), follower)) {
            MimeMessage mail = awaitMail(person.email());
            assertThat(mail.getSubject(), equalTo("[" + project.key() + "] Milestone moved: Go-live now 2027-12-01"));
            assertThat(NotificationRulesTest.part(mail, "text/plain"), containsString("moved from 2027-11-26 to "
                    + "2027-12-01. It is on the critical path."));
        }
    }

    @Test
    void emailsACrossedBudgetThresholdToTheSponsorAndManager() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());

        feed.projectEvent(project, project.id(), new RuleEventFeed.BudgetThresholdCrossed(project.id(), project.key(),
                "EUR", new BigDecimal("500000"), new BigDecimal("410000"), 80, new BigDecimal("82"),
                project.manager(), project.sponsor()));

        for (PersonRef person : List.of(project.sponsor(), project.manager())) {
            MimeMessage mail = awaitMail(person.email());
            assertThat(mail.getSubject(), equalTo("[" + project.key() + "] 80% of the budget spent"));
            assertThat(NotificationRulesTest.part(mail, "text/plain"), containsString("has spent 410000 EUR of its "
                    + "500000 EUR budget (82%), crossing the 80% threshold."));
        }
    }

    @Test
    void remindsTheOwnerOfAMitigationActionDueSoon() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef owner = person("Ada Actor");
        PersonRef riskOwner = person("Priya Raman");
        UUID actionId = UUID.randomUUID();

        feed.riskEvent(project.id(), actionId, new RuleEventFeed.MitigationDueSoon(actionId, "Cleansing sprint",
                UUID.randomUUID(), "R-001", "Legacy data", project.id(), project.key(), owner, riskOwner,
                LocalDate.of(2027, 2, 15), 3));

        MimeMessage mail = awaitMail(owner.email());
        assertThat(mail.getSubject(), equalTo("[" + project.key() + "] Mitigation action due 2027-02-15: "
                + "Cleansing sprint"));
        assertThat(NotificationRulesTest.part(mail, "text/plain"), containsString("(3 days left)"));
        assertNoMail(riskOwner.email());
    }

    @Test
    void remindsTheActionAndRiskOwnersOfAnOverdueMitigationAction() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef owner = person("Ada Actor");
        PersonRef riskOwner = person("Priya Raman");
        UUID actionId = UUID.randomUUID();

        feed.riskEvent(project.id(), actionId, new RuleEventFeed.MitigationOverdue(actionId, "Cleansing sprint",
                UUID.randomUUID(), "R-001", "Legacy data", project.id(), project.key(), owner, riskOwner,
                LocalDate.of(2027, 2, 15), 1, 1));

        for (PersonRef person : List.of(owner, riskOwner)) {
            MimeMessage mail = awaitMail(person.email());
            assertThat(mail.getSubject(), equalTo("[" + project.key() + "] Mitigation action overdue: "
                    + "Cleansing sprint"));
            assertThat(NotificationRulesTest.part(mail, "text/plain"), containsString("is 1 days overdue. "
                    + "Owner: Ada Actor."));
        }
    }

    @Test
    void remindsTheRiskOwnerOfADueReview() throws Exception {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        PersonRef owner = person("Priya Raman");
        UUID riskId = UUID.randomUUID();

        feed.riskEvent(project.id(), riskId, new RuleEventFeed.RiskReviewDue(riskId, "R-001", project.id(),
                project.key(), "Legacy data", "RESPONDING", 20, "CRITICAL", LocalDate.of(2026, 12, 9), 0, owner,
                project.manager()));

        MimeMessage mail = awaitMail(owner.email());
        assertThat(mail.getSubject(), equalTo("[" + project.key() + "] Risk review due: R-001 Legacy data"));
        assertThat(NotificationRulesTest.part(mail, "text/plain"), containsString("review date 2026-12-09"));
        assertNoMail(project.manager().email());
    }
}
