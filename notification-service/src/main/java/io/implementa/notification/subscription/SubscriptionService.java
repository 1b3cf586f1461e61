package io.implementa.notification.subscription;

import io.implementa.notification.recipient.Channel;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.recipient.RecipientAccess;
import io.implementa.notification.subscription.SubscriptionApi.CreateSubscriptionRequest;
import io.implementa.notification.subscription.SubscriptionApi.SubscriptionView;
import io.implementa.notification.subscription.SubscriptionApi.UpdateSubscriptionRequest;
import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.ProjectAccess;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions belong to whoever created them: they alone (and admins) see and delete them. */
@ApplicationScoped
public class SubscriptionService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt");

    private final Caller caller;
    private final ProjectAccess projects;
    private final RecipientAccess recipients;
    private final Clock clock;

    public SubscriptionService(Caller caller, ProjectAccess projects, RecipientAccess recipients, Clock clock) {
        this.caller = caller;
        this.projects = projects;
        this.recipients = recipients;
        this.clock = clock;
    }

    /**
     * Subscribes the caller. The recipient must be one the caller may change (404 if they cannot see it, 403 if
     * they only see it); the project, one they may read (404 otherwise).
     */
    @Transactional
    public SubscriptionView create(CreateSubscriptionRequest request) {
        Recipient recipient = Recipient.<Recipient>findByIdOptional(request.recipientId())
                .filter(recipients::maySee)
                .orElseThrow(() -> new ProblemException.NotFound("recipient", request.recipientId()));
        recipients.requireMayChange(recipient);
        if (request.projectId() != null) {
            projects.requireRead(request.projectId());
        }
        Subscription subscription = Subscription.create(caller.subject(), recipient.id,
                request.eventTypes().stream().distinct().toList(), request.projectId(), request.minimumSeverity(),
                request.delivery(), clock.instant());
        subscription.persistAndFlush();
        return SubscriptionView.of(subscription, recipient.preferredChannel);
    }

    /** A page of the caller's subscriptions (everyone's for admins), optionally of one project. */
    public PageView<SubscriptionView> list(UUID projectId, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!caller.has(GlobalRole.ADMIN)) {
            query.append(" and ownerSubject = :owner");
            parameters.and("owner", caller.subject());
        }
        if (projectId != null) {
            query.append(" and projectId = :projectId");
            parameters.and("projectId", projectId);
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.descending("createdAt").and("id"));
        return PageView.of(Subscription.find(query.toString(), sort, parameters), page, SubscriptionService::view);
    }

    public Optional<SubscriptionView> find(UUID id) {
        return visible(id).map(SubscriptionService::view);
    }

    /**
     * Changes one of the caller's subscriptions (empty if they cannot see it): its event types, project (one they
     * may read, 404 otherwise; null for every project), minimum severity or delivery. The recipient stays.
     */
    @Transactional
    public Optional<SubscriptionView> update(UUID id, IfMatch ifMatch, UpdateSubscriptionRequest request) {
        Optional<Subscription> found = visible(id);
        found.ifPresent(subscription -> {
            ifMatch.check(subscription.version);
            List<String> eventTypes = Patch.required(request.eventTypes(), null, "eventTypes");
            if (eventTypes != null) {
                subscription.listenTo(eventTypes);
            }
            UUID projectId = Patch.optional(request.projectId(), subscription.projectId);
            if (projectId != null && !projectId.equals(subscription.projectId)) {
                projects.requireRead(projectId);
            }
            subscription.projectId = projectId;
            subscription.minimumSeverity = Patch.required(request.minimumSeverity(), subscription.minimumSeverity,
                    "minimumSeverity");
            subscription.delivery = Patch.required(request.delivery(), subscription.delivery, "delivery");
            subscription.flush();
        });
        return found.map(SubscriptionService::view);
    }

    @Transactional
    public boolean delete(UUID id) {
        Optional<Subscription> found = visible(id);
        found.ifPresent(Subscription::delete);
        return found.isPresent();
    }

    private Optional<Subscription> visible(UUID id) {
        return Subscription.<Subscription>findByIdOptional(id)
                .filter(s -> caller.has(GlobalRole.ADMIN) || s.ownerSubject.equals(caller.subject()));
    }

    private static SubscriptionView view(Subscription s) {
        Channel channel = Recipient.<Recipient>findByIdOptional(s.recipientId).map(r -> r.preferredChannel)
                .orElse(null);
        return SubscriptionView.of(s, channel);
    }
}
