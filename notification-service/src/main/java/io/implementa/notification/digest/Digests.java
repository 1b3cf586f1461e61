package io.implementa.notification.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Holds notifications for the digests of recipients who chose not to hear them at once. */
@ApplicationScoped
public class Digests {

    private final EntityManager em;
    private final Clock clock;

    public Digests(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Keeps the message for the recipient's next digest of this cadence, once per event and recipient (an event
     * consumed twice is kept once); returns whether it was kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hold(UUID eventId, String eventType, UUID projectId, UUID recipientId, DigestCadence cadence,
            String subject, String body) {
        Instant now = clock.instant();
        return em.createNativeQuery("""
                insert into digest_item (id, event_id, event_type, project_id, recipient_id, cadence, subject, body,
                                         created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (event_id, recipient_id) do nothing
                """)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, eventId)
                .setParameter(3, eventType)
                .setParameter(4, projectId)
                .setParameter(5, recipientId)
                .setParameter(6, cadence.name())
                .setParameter(7, subject)
                .setParameter(8, body)
                .setParameter(9, now)
                .executeUpdate() == 1;
    }
}
