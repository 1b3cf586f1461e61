package io.implementa.notification.template;

import io.implementa.notification.recipient.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Qute templates replacing the built-in ones for one event type on one channel. */
@Entity
@Table(name = "template_override")
public class TemplateOverride extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public String subject;

    /** The e-mail text part, and the chat message. */
    @Column(name = "text_body", nullable = false)
    public String text;

    /** The e-mail HTML part; null for chat channels, and for e-mail falls back to the built-in one. */
    @Column(name = "html_body")
    public String html;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected TemplateOverride() {
    }

    static TemplateOverride of(String eventType, Channel channel) {
        TemplateOverride override = new TemplateOverride();
        override.id = UUID.randomUUID();
        override.eventType = eventType;
        override.channel = channel;
        return override;
    }

    public static Optional<TemplateOverride> find(String eventType, Channel channel) {
        return find("eventType = ?1 and channel = ?2", eventType, channel).firstResultOptional();
    }
}
