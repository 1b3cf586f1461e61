package io.implementa.platform.testapp;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Reads the test application's tables for assertions. */
@ApplicationScoped
public class TestDatabase {

    private final EntityManager em;

    public TestDatabase(EntityManager em) {
        this.em = em;
    }

    /** How many times the consumer applied the event of this gadget (0 if never). */
    public int timesSeen(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select coalesce(sum(times), 0) from gadget_seen where name = ?1")
                .setParameter(1, name).getSingleResult()).intValue());
    }

    public long gadgets(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Gadget.count("name", name));
    }

    public long outboxRowsFor(UUID key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where record_key = ?1")
                .setParameter(1, key.toString()).getSingleResult()).longValue());
    }

    /** How many audit entries recorded a state with this name. */
    public long auditedStatesNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from audit_change where state ->> 'name' = ?1")
                .setParameter(1, name).getSingleResult()).longValue());
    }
}
