package io.implementa.platform.audit;

/**
 * An entity whose every change is recorded in the audit history: who made it, when, and what the entity looked
 * like afterwards, as its API view. Implement it on an aggregate's root entity and serve its history with
 * {@link AuditHistory}; nothing else is needed (no table per entity).
 */
public interface AuditedEntity {

    /**
     * The entity as the API shows it (its view record); recorded as the state of each revision. Called when the
     * transaction commits, so it sees the final state and version. It should not reveal more than the API does:
     * secrets masked in the view stay masked in the history.
     */
    Object auditView();
}
