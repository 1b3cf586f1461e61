package io.implementa.notification.subscription;

import io.implementa.notification.rule.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Someone asking to hear about events: which types (exact, a prefix ending in {@code .*}, or {@code *}), of which
 * project (or every project they may read), from which severity, through which of their recipients, at once or
 * in a digest.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    /** An exact type, a dotted prefix followed by {@code .*}, or {@code *}. */
    public static final String PATTERN = "^(\\*|[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*(\\.\\*)?)$";

    @Id
    public UUID id;

    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    @Column(name = "project_id")
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_severity", nullable = false)
    public Severity minimumSeverity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubscriptionDelivery delivery;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    protected Subscription() {
    }

    static Subscription create(String owner, UUID recipientId, List<String> eventTypes, UUID projectId,
            Severity minimumSeverity, SubscriptionDelivery delivery, Instant now) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.ownerSubject = owner;
        subscription.recipientId = recipientId;
        subscription.eventTypes = String.join(",", eventTypes);
        subscription.projectId = projectId;
        subscription.minimumSeverity = minimumSeverity == null ? Severity.INFO : minimumSeverity;
        subscription.delivery = delivery == null ? SubscriptionDelivery.IMMEDIATE : delivery;
        subscription.createdAt = now;
        return subscription;
    }

    /** Replaces the event type patterns (already validated), keeping each once. */
    void listenTo(List<String> patterns) {
        eventTypes = String.join(",", patterns.stream().distinct().toList());
    }

    public List<String> eventTypeList() {
        return Arrays.asList(eventTypes.split(","));
    }

    /** Whether an event of this type and severity matches. */
    public boolean matches(String eventType, Severity severity) {
        return severity.atLeast(minimumSeverity) && eventTypeList().stream().anyMatch(pattern -> pattern.equals("*")
                || pattern.equals(eventType)
                || pattern.endsWith(".*") && eventType.startsWith(pattern.substring(0, pattern.length() - 1)));
    }

    /** The subscriptions that may match an event of these projects: with no project filter, or one of them. */
    public static List<Subscription> candidatesFor(java.util.Collection<UUID> projects) {
        return projects.isEmpty() ? list("projectId is null order by id")
                : list("projectId is null or projectId in ?1 order by id", projects);
    }
}
