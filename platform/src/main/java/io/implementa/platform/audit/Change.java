package io.implementa.platform.audit;

/** What a revision did to the entity. */
public enum Change {
    CREATED, UPDATED, DELETED
}
