package io.implementa.notification.delivery;

import io.implementa.notification.recipient.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message rendered for one recipient on one channel about one event; stored before anything is sent. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** The e-mail address or URL the message goes to. */
    @Column(nullable = false)
    public String address;

    /** The signed endpoint of a WEBHOOK notification (whose secret signs it); null for other channels. */
    @Column(name = "webhook_endpoint_id")
    public UUID webhookEndpointId;

    @Column(nullable = false)
    public String subject;

    /** Plain text for e-mail and chat, the CloudEvent JSON for webhooks. */
    @Column(nullable = false)
    public String body;

    @Column(name = "html_body")
    public String htmlBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Notification() {
    }

    /** A message as rendered for the recipient, to be sent. */
    public record Message(UUID recipientId, Channel channel, String address, UUID webhookEndpointId, String subject,
            String body, String htmlBody) {
    }

    /** Identifies the event a notification is about. */
    public record About(UUID eventId, String eventType, UUID projectId) {
    }

    static Notification of(About about, Message message, Instant now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.eventId = about.eventId();
        notification.eventType = about.eventType();
        notification.projectId = about.projectId();
        notification.recipientId = message.recipientId();
        notification.channel = message.channel();
        notification.address = message.address();
        notification.webhookEndpointId = message.webhookEndpointId();
        notification.subject = message.subject();
        notification.body = message.body();
        notification.htmlBody = message.htmlBody();
        notification.createdAt = now;
        return notification;
    }
}
