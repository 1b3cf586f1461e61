package io.implementa.notification.digest;

import io.implementa.notification.NotificationConfig;
import io.implementa.notification.delivery.DeliveryService;
import io.implementa.notification.delivery.Notification.About;
import io.implementa.notification.delivery.Notification.Message;
import io.implementa.notification.project.Project;
import io.implementa.notification.project.ProjectRole;
import io.implementa.notification.recipient.Channel;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.recipient.RecipientKind;
import io.implementa.platform.jobs.ExclusiveJobs;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The sponsors' weekly portfolio digest: at the weekly digest moment of each sponsor's time zone (the weekly day at
 * the digest hour), one e-mail listing every open project they sponsor with its latest status report's health and
 * summary ("no report yet" when none was published). Stored through the ordinary delivery log under an event id
 * derived from the sponsor and the week's moment, so a rerun in the same week stores nothing twice and a job that
 * did not run catches up at its next run. Reaches sponsors with an active, subscribed PERSON recipient with an
 * e-mail. One instance at a time (ExclusiveJobs).
 */
@ApplicationScoped
public class PortfolioDigestJob {

    public static final String EVENT_TYPE = "io.implementa.notification.PortfolioDigest";

    private static final Set<String> FINISHED = Set.of("CLOSED", "CANCELLED");

    private final NotificationConfig.Digest config;
    private final ExclusiveJobs jobs;
    private final DeliveryService deliveries;
    private final DigestJob digests;
    private final Engine engine;
    private final EntityManager em;
    private final Clock clock;

    public PortfolioDigestJob(NotificationConfig config, ExclusiveJobs jobs, DeliveryService deliveries,
            DigestJob digests, Engine engine, EntityManager em, Clock clock) {
        this.config = config.digest();
        this.jobs = jobs;
        this.deliveries = deliveries;
        this.digests = digests;
        this.engine = engine;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(every = "${implementa.notification.digest.check-interval:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.enabled()) {
            jobs.runExclusively("notification-portfolio-digests", () -> sendDue(clock.instant()));
        }
    }

    /** Stores the portfolio digests due at {@code now} and not stored yet for that week; returns how many. */
    @Transactional
    public int sendDue(Instant now) {
        List<Object[]> links = em.createQuery("select l.id.recipientId, l.id.projectId from ProjectRecipient l "
                + "where l.id.role = ?1 order by l.id.recipientId", Object[].class)
                .setParameter(1, ProjectRole.SPONSOR).getResultList();
        Map<UUID, List<UUID>> projectsBySponsor = new LinkedHashMap<>();
        for (Object[] link : links) {
            projectsBySponsor.computeIfAbsent((UUID) link[0], id -> new ArrayList<>()).add((UUID) link[1]);
        }
        int sent = 0;
        for (Map.Entry<UUID, List<UUID>> entry : projectsBySponsor.entrySet()) {
            Recipient recipient = Recipient.findById(entry.getKey());
            if (recipient == null || !reachable(recipient)) {
                continue;
            }
            List<Project> projects = entry.getValue().stream()
                    .map(id -> Project.<Project>findById(id))
                    .filter(Objects::nonNull)
                    .filter(p -> !FINISHED.contains(p.status))
                    .sorted(Comparator.comparing((Project p) -> p.key))
                    .toList();
            if (projects.isEmpty()) {
                continue;
            }
            Instant moment = digests.lastMoment(now, ZoneId.of(recipient.timeZone), DigestCadence.WEEKLY);
            if (send(recipient, moment, projects)) {
                sent++;
            }
        }
        return sent;
    }

    private static boolean reachable(Recipient recipient) {
        return recipient.active && recipient.kind == RecipientKind.PERSON && recipient.email != null
                && recipient.unsubscribedAt == null;
    }

    private boolean send(Recipient recipient, Instant moment, List<Project> projects) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Project project : projects) {
            ProjectStatus status = ProjectStatus.findById(project.id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", project.key);
            row.put("name", project.name);
            row.put("reported", status != null);
            if (status != null) {
                row.put("overall", status.overall);
                row.put("schedule", Objects.requireNonNullElse(status.schedule, "–"));
                row.put("cost", Objects.requireNonNullElse(status.cost, "–"));
                row.put("scope", Objects.requireNonNullElse(status.scope, "–"));
                row.put("risk", Objects.requireNonNullElse(status.risk, "–"));
                row.put("resources", Objects.requireNonNullElse(status.resources, "–"));
                row.put("periodStart", status.periodStart);
                row.put("periodEnd", status.periodEnd);
                row.put("summary", status.summary == null ? "" : status.summary.strip());
            }
            rows.add(row);
        }
        Map<String, Object> data = Map.of("recipientName", recipient.displayName, "count", rows.size(),
                "projects", rows);
        String subject = render("subject", data).strip();
        String text = render("text", data);
        String html = render("html", data);
        UUID eventId = UUID.nameUUIDFromBytes(("portfolio-digest/" + recipient.id + "/" + moment)
                .getBytes(StandardCharsets.UTF_8));
        return deliveries.enqueue(new About(eventId, EVENT_TYPE, null), new Message(recipient.id, Channel.EMAIL,
                recipient.email, null, subject, text, html));
    }

    private String render(String part, Map<String, Object> data) {
        TemplateInstance instance = engine.getTemplate("notification/PortfolioDigest/" + part).instance();
        data.forEach(instance::data);
        return instance.render();
    }
}
