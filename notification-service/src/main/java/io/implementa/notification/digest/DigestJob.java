package io.implementa.notification.digest;

import io.implementa.notification.NotificationConfig;
import io.implementa.notification.delivery.DeliveryService;
import io.implementa.notification.delivery.Notification.About;
import io.implementa.notification.delivery.Notification.Message;
import io.implementa.notification.recipient.Channel;
import io.implementa.notification.recipient.Recipient;
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
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the daily and weekly digests: at the configured hour of each recipient's own time zone (weekly: on the
 * configured day), everything held for them before that moment goes out as one message on their channel, through
 * the ordinary delivery log (so quiet hours, retries and redelivery apply). Stateless in time: a digest is due
 * when items older than the last digest moment are unsent, so a job that did not run (all instances down) catches
 * up at its next run. One instance at a time (ExclusiveJobs).
 */
@ApplicationScoped
public class DigestJob {

    public static final String EVENT_TYPE = "io.implementa.notification.Digest";

    private final NotificationConfig.Digest config;
    private final ExclusiveJobs jobs;
    private final DeliveryService deliveries;
    private final Engine engine;
    private final EntityManager em;
    private final Clock clock;

    public DigestJob(NotificationConfig config, ExclusiveJobs jobs, DeliveryService deliveries, Engine engine,
            EntityManager em, Clock clock) {
        this.config = config.digest();
        this.jobs = jobs;
        this.deliveries = deliveries;
        this.engine = engine;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(every = "${implementa.notification.digest.check-interval:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.enabled()) {
            jobs.runExclusively("notification-digests", () -> sendDue(clock.instant()));
        }
    }

    /** Stores the digests due at {@code now} for delivery and marks their items sent; returns how many. */
    @Transactional
    public int sendDue(Instant now) {
        List<UUID> recipientIds = em.createQuery(
                "select distinct d.recipientId from DigestItem d where d.sentAt is null", UUID.class).getResultList();
        int sent = 0;
        for (UUID recipientId : recipientIds) {
            Recipient recipient = Recipient.findById(recipientId);
            for (DigestCadence cadence : DigestCadence.values()) {
                Instant moment = lastMoment(now, ZoneId.of(recipient.timeZone), cadence);
                List<DigestItem> items = DigestItem.list("recipientId = ?1 and cadence = ?2 and sentAt is null "
                        + "and createdAt < ?3 order by createdAt, id", recipientId, cadence, moment);
                if (items.isEmpty()) {
                    continue;
                }
                if (send(recipient, cadence, moment, items)) {
                    sent++;
                }
                items.forEach(item -> item.sentAt = now);
            }
        }
        return sent;
    }

    /** The latest digest moment of the cadence at or before {@code now}, in the zone. */
    Instant lastMoment(Instant now, ZoneId zone, DigestCadence cadence) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime moment = local.toLocalDate().atTime(config.hour(), 0).atZone(zone);
        if (cadence == DigestCadence.WEEKLY) {
            moment = moment.with(TemporalAdjusters.previousOrSame(config.weeklyDay()));
        }
        if (moment.isAfter(local)) {
            moment = cadence == DigestCadence.DAILY ? moment.minusDays(1) : moment.minusWeeks(1);
        }
        return moment.toInstant();
    }

    /** Whether a digest was stored; an inactive or unreachable recipient's items are dropped with it. */
    private boolean send(Recipient recipient, DigestCadence cadence, Instant moment, List<DigestItem> items) {
        boolean reachable = recipient.active && recipient.preferredChannel != Channel.WEBHOOK
                && !(recipient.preferredChannel == Channel.EMAIL && recipient.unsubscribedAt != null);
        if (!reachable) {
            return false;
        }
        Map<String, Object> data = Map.of("recipientName", recipient.displayName,
                "cadence", cadence == DigestCadence.DAILY ? "daily" : "weekly", "count", items.size(),
                "items", items.stream().map(i -> Map.of("subject", i.subject, "body", i.body.strip())).toList());
        String subject = render("subject", data).strip();
        String text = render("text", data);
        String html = recipient.preferredChannel == Channel.EMAIL ? render("html", data) : null;
        UUID eventId = UUID.nameUUIDFromBytes(("digest/" + recipient.id + "/" + cadence + "/" + moment)
                .getBytes(StandardCharsets.UTF_8));
        return deliveries.enqueue(new About(eventId, EVENT_TYPE, null), new Message(recipient.id,
                recipient.preferredChannel, recipient.deliveryAddress(), null, subject, text, html));
    }

    private String render(String part, Map<String, Object> data) {
        TemplateInstance instance = engine.getTemplate("notification/Digest/" + part).instance();
        data.forEach(instance::data);
        return instance.render();
    }
}
