package io.implementa.notification.delivery;

import io.implementa.notification.delivery.DeliveryApi.AttemptView;
import io.implementa.notification.delivery.DeliveryApi.DeliveryDetailView;
import io.implementa.notification.delivery.DeliveryApi.DeliveryView;
import io.implementa.notification.delivery.Notification.About;
import io.implementa.notification.delivery.Notification.Message;
import io.implementa.notification.recipient.Channel;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.recipient.RecipientAccess;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.ProjectAccess;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Notifications in and out of the delivery log: stores each rendered notification with its delivery (once per
 * event, recipient and channel), and lets callers read the log of the recipients they may see and redeliver.
 */
@ApplicationScoped
public class DeliveryService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "status", "status");

    private final EntityManager em;
    private final Clock clock;
    private final Caller caller;
    private final ProjectAccess projects;
    private final RecipientAccess recipients;

    public DeliveryService(EntityManager em, Clock clock, Caller caller, ProjectAccess projects,
            RecipientAccess recipients) {
        this.em = em;
        this.clock = clock;
        this.caller = caller;
        this.projects = projects;
        this.recipients = recipients;
    }

    /** Filters of the log; each one set narrows it. */
    public record Filter(UUID projectId, UUID recipientId, DeliveryStatus status, String eventType) {
    }

    /**
     * Stores the notification and its delivery, due now, unless the recipient already has one about this event on
     * this channel (the event was consumed again); returns whether it was stored. A WEBHOOK message without an
     * endpoint is stored as CANCELLED, so the log says why nothing went out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(About about, Message message) {
        Instant now = clock.instant();
        Notification notification = Notification.of(about, message, now);
        int inserted = em.createNativeQuery("""
                insert into notification (id, event_id, event_type, project_id, recipient_id, channel, address,
                                          webhook_endpoint_id, subject, body, html_body, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                on conflict (event_id, recipient_id, channel) do nothing
                """)
                .setParameter(1, notification.id)
                .setParameter(2, notification.eventId)
                .setParameter(3, notification.eventType)
                .setParameter(4, notification.projectId)
                .setParameter(5, notification.recipientId)
                .setParameter(6, notification.channel.name())
                .setParameter(7, notification.address)
                .setParameter(8, notification.webhookEndpointId)
                .setParameter(9, notification.subject)
                .setParameter(10, notification.body)
                .setParameter(11, notification.htmlBody)
                .setParameter(12, now)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        Notification stored = em.find(Notification.class, notification.id);
        Delivery delivery = message.channel() == Channel.WEBHOOK && message.webhookEndpointId() == null
                ? Delivery.cancelled(stored, "the recipient has no active webhook endpoint", now)
                : Delivery.of(stored, now);
        if (delivery.status == DeliveryStatus.PENDING) {
            // Quiet hours: the delivery waits, stored, until the recipient's window ends.
            Recipient.<Recipient>findByIdOptional(message.recipientId()).flatMap(r -> r.quietUntil(now))
                    .ifPresent(until -> delivery.nextAttemptAt = until);
        }
        delivery.persist();
        return true;
    }

    /** A page of the log, of the recipients the caller may see (all of it for admins). */
    public PageView<DeliveryView> list(Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        visibleOnly(parameters).ifPresent(conditions::add);
        if (filter.projectId() != null) {
            conditions.add("notification.projectId = :projectId");
            parameters.and("projectId", filter.projectId());
        }
        if (filter.recipientId() != null) {
            conditions.add("notification.recipientId = :recipientId");
            parameters.and("recipientId", filter.recipientId());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.eventType() != null) {
            conditions.add("notification.eventType = :eventType");
            parameters.and("eventType", filter.eventType());
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.descending("createdAt").and("id"));
        return PageView.of(Delivery.find(String.join(" and ", conditions), sort, parameters), page,
                DeliveryView::of);
    }

    /** The delivery with its attempts, if the caller may see its recipient. */
    public Optional<DeliveryDetailView> find(UUID id) {
        return visible(id).map(delivery -> new DeliveryDetailView(DeliveryView.of(delivery),
                delivery.notification.body, DeliveryAttempt.of(delivery.id).stream().map(AttemptView::of).toList()));
    }

    /**
     * Queues a settled delivery again under the same id (a receiver deduplicating on webhook-id sees it as the same
     * message), for admins and whoever may change the recipient.
     */
    @Transactional
    public Optional<DeliveryView> redeliver(UUID id) {
        Optional<Delivery> found = visible(id);
        found.ifPresent(delivery -> {
            Recipient recipient = Recipient.findById(delivery.notification.recipientId);
            recipients.requireMayChange(recipient);
            delivery.redeliver(clock.instant());
            delivery.flush();
        });
        return found.map(DeliveryView::of);
    }

    private Optional<Delivery> visible(UUID id) {
        return Delivery.<Delivery>findByIdOptional(id).filter(delivery -> Recipient
                .<Recipient>findByIdOptional(delivery.notification.recipientId).filter(recipients::maySee).isPresent());
    }

    /** The deliveries of recipients the caller may see: as {@link RecipientAccess} decides for one recipient. */
    private Optional<String> visibleOnly(Parameters parameters) {
        if (caller.has(GlobalRole.ADMIN)) {
            return Optional.empty();
        }
        parameters.and("caller", caller.subject());
        String linked;
        Optional<Set<UUID>> visibleProjects = projects.visibleProjects();
        if (visibleProjects.isEmpty()) {
            linked = " or r.id in (select l.id.recipientId from ProjectRecipient l)";
        } else if (visibleProjects.get().isEmpty()) {
            linked = "";
        } else {
            parameters.and("visibleProjects", visibleProjects.get());
            linked = " or r.id in (select l.id.recipientId from ProjectRecipient l "
                    + "where l.id.projectId in :visibleProjects)";
        }
        return Optional.of("notification.recipientId in (select r.id from Recipient r where r.ownerSubject = :caller "
                + "or r.person.subject = :caller" + linked + ")");
    }
}
