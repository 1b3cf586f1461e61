package io.implementa.platform.idempotency;

import io.implementa.platform.config.PlatformConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Remembers, per caller and key, the first answer to a POST. Each step runs in its own short transaction:
 * the claim must be visible to a concurrent duplicate before the business transaction even starts.
 */
@ApplicationScoped
public class IdempotencyStore {

    private final EntityManager em;
    private final Clock clock;
    private final PlatformConfig.Idempotency settings;

    public IdempotencyStore(EntityManager em, Clock clock, PlatformConfig config) {
        this.em = em;
        this.clock = clock;
        this.settings = config.idempotency();
    }

    /** The stored state of a key after an attempt to claim it. */
    public sealed interface Claim {
        record Claimed() implements Claim {
        }

        record InProgress() implements Claim {
        }

        record Mismatch() implements Claim {
        }

        record Completed(StoredResponse response) implements Claim {
        }
    }

    public record StoredResponse(int status, String body, String contentType, String location, String etag) {
    }

    public Claim claim(String caller, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            // Expired keys and abandoned attempts (their request died before completing) are free again.
            em.createNativeQuery("""
                    delete from idempotency_key where caller = ?1 and idem_key = ?2
                    and (expires_at < ?3 or (state = 'IN_PROGRESS' and created_at < ?4))
                    """)
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, now)
                    .setParameter(4, now.minus(settings.inProgressTimeout()))
                    .executeUpdate();
            int inserted = em.createNativeQuery("""
                    insert into idempotency_key (caller, idem_key, request_hash, state, created_at, expires_at)
                    values (?1, ?2, ?3, 'IN_PROGRESS', ?4, ?5) on conflict do nothing
                    """)
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                    .setParameter(4, now).setParameter(5, now.plus(settings.retention()))
                    .executeUpdate();
            if (inserted == 1) {
                return new Claim.Claimed();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select request_hash, state, response_status, response_body, response_content_type,
                           response_location, response_etag
                    from idempotency_key where caller = ?1 and idem_key = ?2
                    """)
                    .setParameter(1, caller).setParameter(2, key)
                    .getResultList();
            if (rows.isEmpty()) {
                return new Claim.InProgress();
            }
            Object[] row = rows.get(0);
            if (!requestHash.equals(row[0])) {
                return new Claim.Mismatch();
            }
            if ("IN_PROGRESS".equals(row[1])) {
                return new Claim.InProgress();
            }
            return new Claim.Completed(new StoredResponse(((Number) row[2]).intValue(), (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6]));
        });
    }

    public void complete(String caller, String key, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update idempotency_key set state = 'COMPLETED', response_status = ?3, response_body = ?4,
                       response_content_type = ?5, response_location = ?6, response_etag = ?7
                where caller = ?1 and idem_key = ?2
                """)
                .setParameter(1, caller).setParameter(2, key).setParameter(3, response.status())
                .setParameter(4, response.body()).setParameter(5, response.contentType())
                .setParameter(6, response.location()).setParameter(7, response.etag())
                .executeUpdate());
    }

    /** Forgets a claim whose request failed on the server's side, so the client may retry with the same key. */
    public void release(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from idempotency_key where caller = ?1 and idem_key = ?2 and state = 'IN_PROGRESS'")
                .setParameter(1, caller).setParameter(2, key)
                .executeUpdate());
    }

    /** Deletes expired keys; returns how many. */
    public int purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from idempotency_key where expires_at < ?1")
                .setParameter(1, OffsetDateTime.now(clock))
                .executeUpdate());
    }
}
