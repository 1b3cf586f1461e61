package io.implementa.notification.digest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.implementa.notification.SmtpServer;
import io.implementa.notification.delivery.DeliveryWorker;
import io.implementa.notification.delivery.Notification;
import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.rule.RuleEventFeed;
import io.implementa.notification.rule.RuleEventFeed.Health;
import io.implementa.platform.people.PersonRef;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sponsors' weekly portfolio digest, with reports published as real events and the job run at a chosen Monday. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class PortfolioDigestTest {

    @Inject
    ProjectServiceFeed projects;

    @Inject
    RuleEventFeed feed;

    @Inject
    DeliveryWorker worker;

    @Inject
    PortfolioDigestJob portfolio;

    @Inject
    SmtpServer smtp;

    void publishReport(TestProject project, String summary, Health health) {
        UUID reportId = UUID.randomUUID();
        feed.projectEvent(project, reportId, new RuleEventFeed.StatusReportPublished(project.id(), project.key(),
                project.name(), reportId, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14), summary, null, null,
                null, null, health, project.manager(), Instant.now()));
        await().atMost(ProjectServiceFeed.WAIT).until(() -> QuarkusTransaction.requiringNew().call(
                () -> ProjectStatus.findByIdOptional(project.id()).isPresent()));
    }

    @Test
    void emailsEachSponsorOneWeeklyPortfolioOfTheirProjectsLatestHealth() throws Exception {
        PersonRef sponsor = ProjectServiceFeed.newPerson("Paula Portfolio");
        TestProject erp = projects.announce(ProjectServiceFeed.newProject().withSponsor(sponsor));
        TestProject crm = projects.announce(ProjectServiceFeed.newProject().withSponsor(sponsor));
        TestProject lab = projects.announce(ProjectServiceFeed.newProject().withSponsor(sponsor));
        publishReport(erp, "Build on track", new Health("GREEN", "AMBER", "GREEN", "GREEN", "GREEN", "AMBER"));
        publishReport(crm, "Vendor late", new Health("RED", "GREEN", "GREEN", "AMBER", "GREEN", "RED"));

        Recipient recipient = QuarkusTransaction.requiringNew().call(
                () -> Recipient.findByPerson(sponsor.subject()).orElseThrow());
        Instant mondayMorning = ZonedDateTime.of(2030, 1, 7, 9, 0, 0, 0, ZoneId.of(recipient.timeZone)).toInstant();

        assertThat(portfolio.sendDue(mondayMorning), greaterThanOrEqualTo(1));
        assertThat("a rerun for the same week stores nothing", portfolio.sendDue(mondayMorning), is(0));
        worker.deliverDue(Instant.now());
        await().atMost(ProjectServiceFeed.WAIT).untilAsserted(() -> {
            worker.deliverDue(Instant.now());
            assertThat(smtp.receivedBy(sponsor.email()), hasSize(1));
        });

        MimeMessage mail = smtp.receivedBy(sponsor.email()).get(0);
        assertThat(mail.getSubject(), equalTo("Your weekly portfolio status: 3 projects"));
        String text = DigestsTest.text(mail);
        assertThat(text, containsString("Hello Paula Portfolio,"));
        assertThat(text, containsString("[" + erp.key() + "] " + erp.name() + ": AMBER (schedule GREEN, cost AMBER"));
        assertThat(text, containsString("Build on track"));
        assertThat(text, containsString("[" + crm.key() + "] " + crm.name() + ": RED (schedule RED, cost GREEN"));
        assertThat(text, containsString("Vendor late"));
        assertThat(text, containsString("[" + lab.key() + "] " + lab.name() + ": no report yet"));
        assertThat("one stored digest", QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "recipientId = ?1 and eventType = ?2", recipient.id, PortfolioDigestJob.EVENT_TYPE)), is(1L));
    }

    @Test
    void keepsTheLatestPublishedReportWhenAnOlderOneArrivesLate() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        UUID latest = UUID.randomUUID();
        Instant publishedAt = Instant.parse("2027-03-15T10:00:00Z");
        feed.projectEvent(project, latest, new RuleEventFeed.StatusReportPublished(project.id(), project.key(),
                project.name(), latest, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14), "Latest", null, null,
                null, null, new Health("RED", "GREEN", "GREEN", "GREEN", "GREEN", "RED"), project.manager(),
                publishedAt));
        UUID older = UUID.randomUUID();
        feed.projectEvent(project, older, new RuleEventFeed.StatusReportPublished(project.id(), project.key(),
                project.name(), older, LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 28), "Older", null, null,
                null, null, new Health("GREEN", "GREEN", "GREEN", "GREEN", "GREEN", "GREEN"), project.manager(),
                publishedAt.minusSeconds(86400 * 14)));
        UUID marker = UUID.randomUUID();
        projects.publish(project, projects.updated(project.withName("Renamed " + marker)));
        await().atMost(ProjectServiceFeed.WAIT).until(() -> QuarkusTransaction.requiringNew().call(
                () -> io.implementa.notification.project.Project.<io.implementa.notification.project.Project>findById(
                        project.id()).name.equals("Renamed " + marker)));

        ProjectStatus status = QuarkusTransaction.requiringNew().call(() -> ProjectStatus.findById(project.id()));
        assertThat(status.reportId, equalTo(latest));
        assertThat(status.overall, equalTo("RED"));
        assertThat(status.summary, equalTo("Latest"));
    }

    @Test
    void sendsNothingToSomeoneWhoSponsorsNoProject() {
        TestProject project = projects.announce(ProjectServiceFeed.newProject());
        publishReport(project, "Fine", new Health("GREEN", "GREEN", "GREEN", "GREEN", "GREEN", "GREEN"));
        Recipient manager = QuarkusTransaction.requiringNew().call(
                () -> Recipient.findByPerson(project.manager().subject()).orElseThrow());
        Instant mondayMorning = ZonedDateTime.of(2030, 1, 14, 9, 0, 0, 0, ZoneId.of(manager.timeZone)).toInstant();

        portfolio.sendDue(mondayMorning);
        worker.deliverDue(Instant.now());

        assertThat(QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "recipientId = ?1 and eventType = ?2", manager.id, PortfolioDigestJob.EVENT_TYPE)), is(0L));
        assertThat(smtp.receivedBy(project.manager().email()), empty());
    }
}
